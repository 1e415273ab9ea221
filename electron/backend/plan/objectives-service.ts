import type { Objective } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { setPositions } from '../db/positions'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { dependantsFailure, staleFailure } from './plan-failures'
import { countTraceLinksTo } from '../assessments/assessments-read'
import { countIndicatorsOn } from '../indicators/indicators-read'
import { addDependants, hasDependants, type Dependants } from './plan-references'
import { countOutcomes } from './plan-repo'
import { countRisksLinkedTo } from '../risks/risks-read'
import {
  deleteObjective as removeRow,
  findObjective,
  findObjectiveByCode,
  insertObjective,
  listObjectives as listRows,
  updateObjective as updateRow,
  type ObjectiveFields,
} from './objectives-repo'

const ENTITY = 'objective'

/** What a caller gives to create an objective; assumptions may be added later. */
export type NewObjective = Omit<ObjectiveFields, 'assumptions'> & { assumptions?: string }

async function assertCodeFree(ctx: ServiceContext, code: string, exceptId?: number): Promise<void> {
  const holder = await findObjectiveByCode(ctx.db, code)
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

async function mustFind(ctx: ServiceContext, id: number): Promise<Objective> {
  const found = await findObjective(ctx.db, id)
  if (!found) throw new AppFailure('not_found', 'This objective no longer exists.')
  return found
}

/** Every strategic objective, in logframe order. */
export function listObjectives(ctx: ServiceContext): Promise<Objective[]> {
  return listRows(ctx.db)
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/**
 * Creates an objective. It takes its place by code, before the first objective whose code sorts
 * after it (SO3 lands between SO2 and SO4), so a plan nobody reordered stays in code order.
 */
export function createObjective(ctx: ServiceContext, f: NewObjective): Promise<Objective> {
  return inTransaction(ctx, async (tx) => {
    await assertCodeFree(tx, f.code)
    const ordered = await listRows(tx.db)
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
    const id = await insertObjective(tx.db, fields, index + 1, tx.now())
    const ids = ordered.map((o) => o.id)
    ids.splice(index, 0, id)
    await setPositions(tx.db, 'objectives', ids)
    const after = await mustFind(tx, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })
}

/** Updates an objective the user last saw at `version`. */
export function updateObjective(
  ctx: ServiceContext,
  input: NewObjective & { id: number; version: number },
): Promise<Objective> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFind(tx, input.id)
    if (before.version !== input.version) throw staleFailure('objective')
    await assertCodeFree(tx, input.code, input.id)
    const { id, version, code, title, description, owner, status } = input
    const assumptions = input.assumptions ?? before.assumptions
    const fields: ObjectiveFields = { code, title, description, owner, status, assumptions }
    if (!(await updateRow(tx.db, id, version, fields, tx.now()))) throw staleFailure('objective')
    const after = await mustFind(tx, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'update', before, after })
    return after
  })
}

/** Everything that still hangs on an objective: outcomes, indicators, risks, assessment links. */
async function dependantsOf(ctx: ServiceContext, id: number): Promise<Dependants> {
  const d: Dependants = {}
  // Outputs also carry their objective's id; they are counted through their outcomes.
  addDependants(d, 'outcomes', await countOutcomes(ctx.db, id))
  const target = { kind: 'objective', id } as const
  addDependants(d, 'indicators', await countIndicatorsOn(ctx.db, target, { includeArchived: true }))
  addDependants(d, 'risks', await countRisksLinkedTo(ctx.db, 'objective', id))
  addDependants(d, 'links', await countTraceLinksTo(ctx.db, 'objective', id))
  return d
}

/**
 * Deletes an objective; its last state stays in the audit trail. Refused while outcomes,
 * indicators or assessment links still hang on it, naming what to move first.
 */
export function deleteObjective(ctx: ServiceContext, id: number): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFind(tx, id)
    const dependants = await dependantsOf(tx, id)
    if (hasDependants(dependants)) {
      throw dependantsFailure({ kind: 'objective', label: before.code }, dependants)
    }
    await removeRow(tx.db, id)
    await setPositions(
      tx.db,
      'objectives',
      (await listRows(tx.db)).map((o) => o.id),
    )
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'delete', before })
    return { id }
  })
}
