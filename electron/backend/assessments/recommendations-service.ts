import type { RecommendationView } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Db } from '../db/database'
import { inTransaction } from '../db/transaction'
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
import { linksBySource } from './trace-repo'

const ENTITY = 'recommendation'

async function view(db: Db, id: number): Promise<RecommendationView> {
  const row = await findRecommendationRow(db, id)
  if (!row) throw new AppFailure('not_found', 'This recommendation no longer exists.')
  const links = await linksBySource(db, { recommendationIds: [id] })
  return toRecommendation(row, links.get(`recommendation:${id}`))
}

/** Adds a recommendation to an assessment item. */
export function addRecommendation(
  ctx: ServiceContext,
  input: RecommendationFields & { assessmentItemId: number },
): Promise<RecommendationView> {
  return inTransaction(ctx, async (tx) => {
    if (!(await findItemRow(tx.db, input.assessmentItemId))) {
      throw new AppFailure('not_found', 'This assessment item no longer exists.')
    }
    const { assessmentItemId, ...fields } = input
    const id = await insertRecommendation(tx.db, assessmentItemId, fields, tx.now())
    const after = await view(tx.db, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })
}

/** Saves a recommendation the user last saw at `version`. */
export function updateRecommendation(
  ctx: ServiceContext,
  input: RecommendationFields & { id: number; version: number },
): Promise<RecommendationView> {
  return inTransaction(ctx, async (tx) => {
    const before = await view(tx.db, input.id)
    if (before.version !== input.version) throw staleVersion('recommendation')
    const { id, version, ...fields } = input
    if (!(await updateRecommendationRow(tx.db, id, version, fields, tx.now())))
      throw staleVersion('recommendation')
    const after = await view(tx.db, id)
    await appendAudit(tx, { entityType: ENTITY, entityId: id, action: 'update', before, after })
    return after
  })
}

/** Deletes a recommendation and its links to the plan (kept in the audit entry). */
export function deleteRecommendation(
  ctx: ServiceContext,
  input: { id: number; version: number },
): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await view(tx.db, input.id)
    if (before.version !== input.version) throw staleVersion('recommendation')
    await deleteRecommendationRow(tx.db, input.id)
    await appendAudit(tx, { entityType: ENTITY, entityId: input.id, action: 'delete', before })
    return { id: input.id }
  })
}
