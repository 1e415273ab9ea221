import type {
  ObjectiveFromGap,
  PlanTarget,
  TraceLinkView,
  TraceSourceType,
  TraceTargetType,
} from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { createObjective } from '../objectives/objectives-service'
import type { ObjectiveFields } from '../objectives/objectives-repo'
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
  planTargetMap,
  targetKey,
} from './trace-repo'

const LINK = 'trace_link'
const SOURCE_ENTITY: Record<TraceSourceType, string> = {
  recommendation: 'recommendation',
  gap: 'assessment_item',
}

/** The plan elements a recommendation or gap can be linked to. */
export function planTargets(ctx: ServiceContext): PlanTarget[] {
  return listPlanTargets(ctx.db)
}

interface Source {
  type: TraceSourceType
  id: number
  version: number
  deferredReason: string | null
}

function mustFindSource(ctx: ServiceContext, type: TraceSourceType, id: number): Source {
  const row = type === 'gap' ? findItemRow(ctx.db, id) : findRecommendationRow(ctx.db, id)
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

function addLink(
  ctx: ServiceContext,
  l: {
    sourceType: TraceSourceType
    sourceId: number
    targetType: TraceTargetType
    targetId: number
  },
): TraceLinkView {
  const targets = planTargetMap(ctx.db)
  if (!targets.has(targetKey(l.targetType, l.targetId))) {
    throw new AppFailure(
      'not_found',
      'This part of the plan no longer exists. Someone may have deleted it.',
    )
  }
  if (findSameLink(ctx.db, l) !== undefined) {
    throw new AppFailure('conflict', 'This is already linked to that part of the plan.')
  }
  const id = insertLink(ctx.db, l, ctx.now())
  const after = findLink(ctx.db, id, targets)!
  appendAudit(ctx, { entityType: LINK, entityId: id, action: 'create', after })
  return after
}

/** Links a recommendation or gap to an objective, outcome, output or activity. */
export function link(
  ctx: ServiceContext,
  input: {
    sourceType: TraceSourceType
    sourceId: number
    targetType: TraceTargetType
    targetId: number
  },
): TraceLinkView {
  return ctx.db.transaction(() => {
    mustFindSource(ctx, input.sourceType, input.sourceId)
    return addLink(ctx, input)
  })()
}

/** Removes one link. */
export function unlink(ctx: ServiceContext, linkId: number): { id: number } {
  return ctx.db.transaction(() => {
    const before = findLink(ctx.db, linkId)
    if (!before) throw new AppFailure('not_found', 'This link no longer exists.')
    deleteLink(ctx.db, linkId)
    appendAudit(ctx, { entityType: LINK, entityId: linkId, action: 'delete', before })
    return { id: linkId }
  })()
}

/** Records why the plan does not address a recommendation or gap. */
export function defer(
  ctx: ServiceContext,
  input: { sourceType: TraceSourceType; sourceId: number; version: number; reason: string },
): { version: number } {
  return ctx.db.transaction(() => {
    const source = mustFindSource(ctx, input.sourceType, input.sourceId)
    if (source.version !== input.version) throw staleVersion(input.sourceType)
    if (directLinkCount(ctx.db, planTargetMap(ctx.db), source.type, source.id) > 0) {
      throw new AppFailure(
        'conflict',
        'This is already addressed by the plan. Remove its links to the plan before deferring it.',
      )
    }
    setDeferral(ctx.db, source.type, source.id, source.version, input.reason, ctx.now())
    appendAudit(ctx, {
      entityType: SOURCE_ENTITY[source.type],
      entityId: source.id,
      action: 'defer',
      before: { deferredReason: source.deferredReason },
      after: { deferredReason: input.reason },
    })
    return { version: source.version + 1 }
  })()
}

/** Withdraws a deferral, so the recommendation or gap counts as not covered again. */
export function clearDeferral(
  ctx: ServiceContext,
  input: { sourceType: TraceSourceType; sourceId: number; version: number },
): { version: number } {
  return ctx.db.transaction(() => {
    const source = mustFindSource(ctx, input.sourceType, input.sourceId)
    if (source.version !== input.version) throw staleVersion(input.sourceType)
    if (source.deferredReason === null) return { version: source.version }
    setDeferral(ctx.db, source.type, source.id, source.version, null, ctx.now())
    appendAudit(ctx, {
      entityType: SOURCE_ENTITY[source.type],
      entityId: source.id,
      action: 'clear_deferral',
      before: { deferredReason: source.deferredReason },
      after: { deferredReason: null },
    })
    return { version: source.version + 1 }
  })()
}

/** Creates a strategic objective and links the gap or recommendation to it, all or nothing. */
export function createObjectiveFromGap(
  ctx: ServiceContext,
  input: ObjectiveFields & { sourceType: TraceSourceType; sourceId: number },
): ObjectiveFromGap {
  return ctx.db.transaction(() => {
    const { sourceType, sourceId, ...fields } = input
    mustFindSource(ctx, sourceType, sourceId)
    // The objectives service audits the new objective; its transaction nests inside this one.
    const objective = createObjective(ctx, fields)
    const created = addLink(ctx, {
      sourceType,
      sourceId,
      targetType: 'objective',
      targetId: objective.id,
    })
    return { objectiveId: objective.id, code: objective.code, link: created }
  })()
}
