import type { Objective } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { dependantsFailure, staleFailure } from '../plan/plan-failures'
import {
  addReferences,
  foreignReferences,
  hasDependants,
  traceLinkCount,
  type Dependants,
} from '../plan/plan-references'
import {
  deleteObjective as removeRow,
  findObjective,
  findObjectiveByCode,
  insertObjective,
  listObjectives as listRows,
  setObjectivePositions,
  updateObjective as updateRow,
  type ObjectiveFields,
} from './objectives-repo'

const ENTITY = 'objective'

/** What a caller gives to create an objective; assumptions may be added later. */
export type NewObjective = Omit<ObjectiveFields, 'assumptions'> & { assumptions?: string }

function assertCodeFree(ctx: ServiceContext, code: string, exceptId?: number): void {
  const holder = findObjectiveByCode(ctx.db, code)
  if (holder && holder.id !== exceptId) {
    throw new AppFailure(
      'conflict',
      `Code ${code} is already used by objective "${holder.title}".`,
      [
        {
          path: 'code',
          code: 'duplicate',
          message: `Code ${code} is already used by objective "${holder.title}".`,
          params: { field: 'Code' },
        },
      ],
    )
  }
}

function mustFind(ctx: ServiceContext, id: number): Objective {
  const found = findObjective(ctx.db, id)
  if (!found) throw new AppFailure('not_found', 'This objective no longer exists.')
  return found
}

/** Every strategic objective, in logframe order. */
export function listObjectives(ctx: ServiceContext): Objective[] {
  return listRows(ctx.db)
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/**
 * Creates an objective. It takes its place by code, before the first objective whose code sorts
 * after it (SO3 lands between SO2 and SO4), so a plan nobody reordered stays in code order.
 */
export function createObjective(ctx: ServiceContext, f: NewObjective): Objective {
  return ctx.db.transaction(() => {
    assertCodeFree(ctx, f.code)
    const ordered = listRows(ctx.db)
    const at = ordered.findIndex((o) => collator.compare(o.code, f.code) > 0)
    const index = at === -1 ? ordered.length : at
    const { code, title, description, owner, status } = f
    const fields: ObjectiveFields = {
      code,
      title,
      description,
      owner,
      status,
      assumptions: f.assumptions ?? '',
    }
    const id = insertObjective(ctx.db, fields, index + 1, ctx.now())
    const ids = ordered.map((o) => o.id)
    ids.splice(index, 0, id)
    setObjectivePositions(ctx.db, ids)
    const after = mustFind(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })()
}

/** Updates an objective the user last saw at `version`. */
export function updateObjective(
  ctx: ServiceContext,
  input: NewObjective & { id: number; version: number },
): Objective {
  return ctx.db.transaction(() => {
    const before = mustFind(ctx, input.id)
    if (before.version !== input.version) throw staleFailure('objective')
    assertCodeFree(ctx, input.code, input.id)
    const { id, version, code, title, description, owner, status } = input
    const assumptions = input.assumptions ?? before.assumptions
    const fields: ObjectiveFields = { code, title, description, owner, status, assumptions }
    updateRow(ctx.db, id, version, fields, ctx.now())
    const after = mustFind(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'update', before, after })
    return after
  })()
}

/** Everything that still hangs on an objective: outcomes, indicators, risks, assessment links. */
function dependantsOf(ctx: ServiceContext, id: number): Dependants {
  const d: Dependants = {}
  const outcomes = ctx.db
    .prepare("SELECT count(*) FROM results WHERE objective_id = ? AND level = 'outcome'")
    .pluck()
    .get(id) as number
  if (outcomes) d.outcomes = outcomes
  // Outputs also carry their objective's id; they are counted through their outcomes.
  addReferences(
    d,
    foreignReferences(ctx.db, 'objectives', id, (table) => table === 'results'),
  )
  const links = traceLinkCount(ctx.db, 'objective', id)
  if (links) d.links = links
  return d
}

/**
 * Deletes an objective; its last state stays in the audit trail. Refused while outcomes,
 * indicators or assessment links still hang on it, naming what to move first.
 */
export function deleteObjective(ctx: ServiceContext, id: number): { id: number } {
  return ctx.db.transaction(() => {
    const before = mustFind(ctx, id)
    const dependants = dependantsOf(ctx, id)
    if (hasDependants(dependants)) {
      throw dependantsFailure({ kind: 'objective', label: before.code }, dependants)
    }
    removeRow(ctx.db, id)
    setObjectivePositions(
      ctx.db,
      listRows(ctx.db).map((o) => o.id),
    )
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'delete', before })
    return { id }
  })()
}
