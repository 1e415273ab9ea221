import type { IntegrityIndicatorOption, IntegrityAction } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import {
  deleteAction as removeRow,
  findAction,
  indicatorExists,
  insertAction,
  listIndicatorOptions,
  updateAction as updateRow,
  type ActionFields,
} from './action-repo'
import {
  assertSensitivity,
  fieldFailure,
  mustFactor,
  staleFailure,
  todayOf,
} from './integrity-checks'

const ENTITY = 'integrity_action'

function mustFind(ctx: ServiceContext, id: number): IntegrityAction {
  const found = findAction(ctx.db, id, todayOf(ctx))
  if (!found) throw new AppFailure('not_found', 'This integrity action no longer exists.')
  return found
}

// The overdue flag depends on the day it is read, so it stays out of the audit trail.
const snapshot = ({ overdue: _overdue, ...rest }: IntegrityAction) => rest

function check(ctx: ServiceContext, f: ActionFields): void {
  mustFactor(ctx, f.factorItemId)
  // The contract checks this too; the service repeats it so no door can store dates out of order.
  if (f.startDate !== null && f.dueDate < f.startDate) {
    throw fieldFailure('dueDate', 'must be on or after the start date.')
  }
  if (f.indicatorId !== null && !indicatorExists(ctx.db, f.indicatorId)) {
    throw fieldFailure('indicatorId', 'is not an indicator of this administration.')
  }
  assertSensitivity(ctx, f.sensitivity)
}

// The day an action was first marked done is kept; leaving "done" clears it.
const completedOn = (f: ActionFields, ctx: ServiceContext, previous?: IntegrityAction) =>
  f.status !== 'done'
    ? null
    : previous?.status === 'done' && previous.completedOn
      ? previous.completedOn
      : todayOf(ctx)

/** Adds an action to the integrity action plan under one factor. */
export function createAction(ctx: ServiceContext, f: ActionFields): IntegrityAction {
  return ctx.db.transaction(() => {
    check(ctx, f)
    const id = insertAction(ctx.db, f, completedOn(f, ctx), ctx.now())
    const after = mustFind(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'create', after: snapshot(after) })
    return after
  })()
}

/** Edits an action the user last saw at `version`. */
export function updateAction(
  ctx: ServiceContext,
  input: ActionFields & { id: number; version: number },
): IntegrityAction {
  return ctx.db.transaction(() => {
    const { id, version, ...fields } = input
    const before = mustFind(ctx, id)
    if (before.version !== version) throw staleFailure('action')
    check(ctx, fields)
    const done = completedOn(fields, ctx, before)
    if (!updateRow(ctx.db, id, version, fields, done, ctx.now())) throw staleFailure('action')
    const after = mustFind(ctx, id)
    appendAudit(ctx, {
      entityType: ENTITY,
      entityId: id,
      action: 'update',
      before: snapshot(before),
      after: snapshot(after),
    })
    return after
  })()
}

/** Removes an action; its last state stays in the audit trail. */
export function deleteAction(
  ctx: ServiceContext,
  input: { id: number; version: number },
): { id: number } {
  return ctx.db.transaction(() => {
    const before = mustFind(ctx, input.id)
    if (before.version !== input.version) throw staleFailure('action')
    removeRow(ctx.db, input.id)
    appendAudit(ctx, {
      entityType: ENTITY,
      entityId: input.id,
      action: 'delete',
      before: snapshot(before),
    })
    return { id: input.id }
  })()
}

/** Indicators an action may be linked to (empty until indicators are defined). */
export function indicatorOptions(ctx: ServiceContext): IntegrityIndicatorOption[] {
  return listIndicatorOptions(ctx.db)
}
