import type { IntegrityAction, IntegrityIndicatorOption } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { indicatorExists, listIndicatorOptions } from '../indicators/indicators-read'
import {
  deleteAction as removeRow,
  findAction,
  insertAction,
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

async function mustFind(ctx: ServiceContext, id: number): Promise<IntegrityAction> {
  const found = await findAction(ctx.db, id, todayOf(ctx))
  if (!found) throw new AppFailure('not_found', 'This integrity action no longer exists.')
  return found
}

// The overdue flag depends on the day it is read, so it stays out of the audit trail.
const snapshot = ({ overdue: _overdue, ...rest }: IntegrityAction) => rest

async function check(ctx: ServiceContext, f: ActionFields): Promise<void> {
  await mustFactor(ctx, f.factorItemId)
  // The contract checks this too; the service repeats it so no door can store dates out of order.
  if (f.startDate !== null && f.dueDate < f.startDate) {
    throw fieldFailure('dueDate', 'must be on or after the start date.')
  }
  if (f.indicatorId !== null && !(await indicatorExists(ctx.db, f.indicatorId))) {
    throw fieldFailure('indicatorId', 'is not an indicator of this administration.')
  }
  await assertSensitivity(ctx, f.sensitivity)
}

// The day an action was first marked done is kept; leaving "done" clears it.
const completedOn = (f: ActionFields, ctx: ServiceContext, previous?: IntegrityAction) =>
  f.status !== 'done'
    ? null
    : previous?.status === 'done' && previous.completedOn
      ? previous.completedOn
      : todayOf(ctx)

/** Adds an action to the integrity action plan under one factor. */
export function createAction(ctx: ServiceContext, f: ActionFields): Promise<IntegrityAction> {
  return inTransaction(ctx, async (tx) => {
    await check(tx, f)
    const id = await insertAction(tx.db, f, completedOn(f, tx), tx.now())
    const after = await mustFind(tx, id)
    await appendAudit(tx, {
      entityType: ENTITY,
      entityId: id,
      action: 'create',
      after: snapshot(after),
    })
    return after
  })
}

/** Edits an action the user last saw at `version`. */
export function updateAction(
  ctx: ServiceContext,
  input: ActionFields & { id: number; version: number },
): Promise<IntegrityAction> {
  return inTransaction(ctx, async (tx) => {
    const { id, version, ...fields } = input
    const before = await mustFind(tx, id)
    if (before.version !== version) throw staleFailure('action')
    await check(tx, fields)
    const done = completedOn(fields, tx, before)
    if (!(await updateRow(tx.db, id, version, fields, done, tx.now()))) {
      throw staleFailure('action')
    }
    const after = await mustFind(tx, id)
    await appendAudit(tx, {
      entityType: ENTITY,
      entityId: id,
      action: 'update',
      before: snapshot(before),
      after: snapshot(after),
    })
    return after
  })
}

/** Removes an action; its last state stays in the audit trail. */
export function deleteAction(
  ctx: ServiceContext,
  input: { id: number; version: number },
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFind(tx, input.id)
    if (before.version !== input.version) throw staleFailure('action')
    await removeRow(tx.db, input.id)
    await appendAudit(tx, {
      entityType: ENTITY,
      entityId: input.id,
      action: 'delete',
      before: snapshot(before),
    })
    return { id: input.id }
  })
}

/** Indicators an action may be linked to (empty until indicators are defined). */
export function indicatorOptions(ctx: ServiceContext): Promise<IntegrityIndicatorOption[]> {
  return listIndicatorOptions(ctx.db)
}
