import type {
  RecommendationAcceptance,
  RecommendationHorizon,
  RecommendationPriority,
  TraceSourceType,
} from '../../../shared/contract'
import type { Db } from '../db/database'

/** Scores, evidence and findings of one item. */
export interface ItemScore {
  currentLevel: number | null
  targetLevel: number | null
  notApplicable: boolean
  evidence: string
  currentState: string
  desiredState: string
}

/** Saves an item's scores when `version` still matches; saving also ends "carried forward". */
export async function updateItemScore(
  db: Db,
  id: number,
  version: number,
  s: ItemScore,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('assessment_items')
    .set((eb) => ({
      current_level: s.currentLevel,
      target_level: s.targetLevel,
      not_applicable: s.notApplicable ? 1 : 0,
      evidence: s.evidence,
      current_state: s.currentState,
      desired_state: s.desiredState,
      carried_unchanged: 0,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** The fields of a recommendation a user edits. */
export interface RecommendationFields {
  text: string
  priority: RecommendationPriority
  horizon: RecommendationHorizon
  responsibleUnit: string
  accepted: RecommendationAcceptance
}

/** Inserts a recommendation; returns its id. */
export async function insertRecommendation(
  db: Db,
  assessmentItemId: number,
  f: RecommendationFields,
  at: string,
): Promise<number> {
  const { id } = await db
    .insertInto('recommendations')
    .values({
      assessment_item_id: assessmentItemId,
      text: f.text,
      priority: f.priority,
      horizon: f.horizon,
      responsible_unit: f.responsibleUnit,
      accepted: f.accepted,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** Updates a recommendation when `version` still matches. */
export async function updateRecommendationRow(
  db: Db,
  id: number,
  version: number,
  f: RecommendationFields,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('recommendations')
    .set((eb) => ({
      text: f.text,
      priority: f.priority,
      horizon: f.horizon,
      responsible_unit: f.responsibleUnit,
      accepted: f.accepted,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Removes a recommendation and its links to the plan. */
export async function deleteRecommendationRow(db: Db, id: number): Promise<void> {
  await db
    .deleteFrom('trace_links')
    .where('source_type', '=', 'recommendation')
    .where('source_id', '=', id)
    .execute()
  await db.deleteFrom('recommendations').where('id', '=', id).execute()
}

const SOURCE_TABLE = {
  recommendation: 'recommendations',
  gap: 'assessment_items',
} as const satisfies Record<TraceSourceType, string>

/** Records (or clears, with null) why a source is deferred, when `version` still matches. */
export async function setDeferral(
  db: Db,
  type: TraceSourceType,
  id: number,
  version: number,
  reason: string | null,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable(SOURCE_TABLE[type])
    .set((eb) => ({
      deferred_reason: reason,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
