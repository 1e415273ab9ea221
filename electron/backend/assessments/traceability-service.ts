import type {
  ObjectiveFromGap,
  PlanTarget,
  TraceLinkView,
  TraceSourceType,
} from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Db } from '../db/database'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { createObjective, type NewObjective } from '../plan/objectives-service'
import { staleVersion } from './assessment-rules'
import { findItemRow, findRecommendationRow } from './assessments-repo'
import { setDeferral } from './scoring-repo'
import {
  deleteLink,
  directLinkCount,
  findLink,
  findSameLink,
  insertLink,
  listPlanTargets,
  planTargetsOf,
  targetKey,
  type LinkEnds,
} from './trace-repo'

const LINK = 'trace_link'
const SOURCE_ENTITY: Record<TraceSourceType, string> = {
  recommendation: 'recommendation',
  gap: 'assessment_item',
}

/** The plan elements a recommendation or gap can be linked to. */
export function planTargets(ctx: ServiceContext): Promise<PlanTarget[]> {
  return listPlanTargets(ctx.db)
}

interface Source {
  type: TraceSourceType
  id: number
  version: number
  deferredReason: string | null
}

async function mustFindSource(db: Db, type: TraceSourceType, id: number): Promise<Source> {
  const row = type === 'gap' ? await findItemRow(db, id) : await findRecommendationRow(db, id)
  if (!row) {
    throw new AppFailure(
      'not_found',
      type === 'gap'
        ? 'This assessment item no longer exists.'
        : 'This recommendation no longer exists.',
    )
  }
  return { type, id, version: row.version, deferredReason: row.deferred_reason }
}

// Runs inside the caller's transaction: `tx` is that transaction.
async function addLink(tx: ServiceContext, l: LinkEnds): Promise<TraceLinkView> {
  const targets = await planTargetsOf(tx.db, [{ type: l.targetType, id: l.targetId }])
  if (!targets.has(targetKey(l.targetType, l.targetId))) {
    throw new AppFailure(
      'not_found',
      'This part of the plan no longer exists. Someone may have deleted it.',
    )
  }
  if ((await findSameLink(tx.db, l)) !== undefined) {
    throw new AppFailure('conflict', 'This is already linked to that part of the plan.')
  }
  const id = await insertLink(tx.db, l, tx.now())
  const after = (await findLink(tx.db, id, targets))!
  await appendAudit(tx, { entityType: LINK, entityId: id, action: 'create', after })
  return after
}

/** Links a recommendation or gap to an objective, outcome, output or activity. */
export function link(ctx: ServiceContext, input: LinkEnds): Promise<TraceLinkView> {
  return inTransaction(ctx, async (tx) => {
    await mustFindSource(tx.db, input.sourceType, input.sourceId)
    return addLink(tx, input)
  })
}

/** Removes one link. */
export function unlink(ctx: ServiceContext, linkId: number): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await findLink(tx.db, linkId)
    if (!before) throw new AppFailure('not_found', 'This link no longer exists.')
    await deleteLink(tx.db, linkId)
    await appendAudit(tx, { entityType: LINK, entityId: linkId, action: 'delete', before })
    return { id: linkId }
  })
}

/** Records why the plan does not address a recommendation or gap. */
export function defer(
  ctx: ServiceContext,
  input: { sourceType: TraceSourceType; sourceId: number; version: number; reason: string },
): Promise<{ version: number }> {
  return inTransaction(ctx, async (tx) => {
    const source = await mustFindSource(tx.db, input.sourceType, input.sourceId)
    if (source.version !== input.version) throw staleVersion(input.sourceType)
    if ((await directLinkCount(tx.db, source.type, source.id)) > 0) {
      throw new AppFailure(
        'conflict',
        'This is already addressed by the plan. Remove its links to the plan before deferring it.',
      )
    }
    if (!(await setDeferral(tx.db, source.type, source.id, source.version, input.reason, tx.now())))
      throw staleVersion(input.sourceType)
    await appendAudit(tx, {
      entityType: SOURCE_ENTITY[source.type],
      entityId: source.id,
      action: 'defer',
      before: { deferredReason: source.deferredReason },
      after: { deferredReason: input.reason },
    })
    return { version: source.version + 1 }
  })
}

/** Withdraws a deferral, so the recommendation or gap counts as not covered again. */
export function clearDeferral(
  ctx: ServiceContext,
  input: { sourceType: TraceSourceType; sourceId: number; version: number },
): Promise<{ version: number }> {
  return inTransaction(ctx, async (tx) => {
    const source = await mustFindSource(tx.db, input.sourceType, input.sourceId)
    if (source.version !== input.version) throw staleVersion(input.sourceType)
    if (source.deferredReason === null) return { version: source.version }
    if (!(await setDeferral(tx.db, source.type, source.id, source.version, null, tx.now())))
      throw staleVersion(input.sourceType)
    await appendAudit(tx, {
      entityType: SOURCE_ENTITY[source.type],
      entityId: source.id,
      action: 'clear_deferral',
      before: { deferredReason: source.deferredReason },
      after: { deferredReason: null },
    })
    return { version: source.version + 1 }
  })
}

/** Creates a strategic objective and links the gap or recommendation to it, all or nothing. */
export function createObjectiveFromGap(
  ctx: ServiceContext,
  input: NewObjective & { sourceType: TraceSourceType; sourceId: number },
): Promise<ObjectiveFromGap> {
  return inTransaction(ctx, async (tx) => {
    const { sourceType, sourceId, ...fields } = input
    await mustFindSource(tx.db, sourceType, sourceId)
    // The objectives service audits the new objective; it joins this transaction.
    const objective = await createObjective(tx, fields)
    const created = await addLink(tx, {
      sourceType,
      sourceId,
      targetType: 'objective',
      targetId: objective.id,
    })
    return { objectiveId: objective.id, code: objective.code, link: created }
  })
}
