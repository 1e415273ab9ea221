import type { RecommendationView } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { staleVersion } from './assessment-rules'
import { toRecommendation } from './assessment-view'
import { findItemRow, findRecommendationRow } from './assessments-repo'
import {
  deleteRecommendationRow,
  insertRecommendation,
  updateRecommendationRow,
  type RecommendationFields,
} from './scoring-repo'
import { linksBySource, planTargetMap } from './trace-repo'

const ENTITY = 'recommendation'

function view(ctx: ServiceContext, id: number): RecommendationView {
  const row = findRecommendationRow(ctx.db, id)
  if (!row) throw new AppFailure('not_found', 'This recommendation no longer exists.')
  const links = linksBySource(
    ctx.db,
    planTargetMap(ctx.db),
    "source_type = 'recommendation' AND source_id = ?",
    [id],
  )
  return toRecommendation(row, links.get(`recommendation:${id}`))
}

/** Adds a recommendation to an assessment item. */
export function addRecommendation(
  ctx: ServiceContext,
  input: RecommendationFields & { assessmentItemId: number },
): RecommendationView {
  return ctx.db.transaction(() => {
    if (!findItemRow(ctx.db, input.assessmentItemId)) {
      throw new AppFailure('not_found', 'This assessment item no longer exists.')
    }
    const { assessmentItemId, ...fields } = input
    const id = insertRecommendation(ctx.db, assessmentItemId, fields, ctx.now())
    const after = view(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })()
}

/** Saves a recommendation the user last saw at `version`. */
export function updateRecommendation(
  ctx: ServiceContext,
  input: RecommendationFields & { id: number; version: number },
): RecommendationView {
  return ctx.db.transaction(() => {
    const before = view(ctx, input.id)
    if (before.version !== input.version) throw staleVersion('recommendation')
    const { id, version, ...fields } = input
    updateRecommendationRow(ctx.db, id, version, fields, ctx.now())
    const after = view(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'update', before, after })
    return after
  })()
}

/** Deletes a recommendation and its links to the plan (kept in the audit entry). */
export function deleteRecommendation(
  ctx: ServiceContext,
  input: { id: number; version: number },
): { id: number } {
  return ctx.db.transaction(() => {
    const before = view(ctx, input.id)
    if (before.version !== input.version) throw staleVersion('recommendation')
    deleteRecommendationRow(ctx.db, input.id)
    appendAudit(ctx, { entityType: ENTITY, entityId: input.id, action: 'delete', before })
    return { id: input.id }
  })()
}
