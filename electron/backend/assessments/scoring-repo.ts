import type {
  RecommendationAcceptance,
  RecommendationHorizon,
  RecommendationPriority,
  TraceSourceType,
} from '../../../shared/contract'
import type { Db } from '../db/connection'

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
export function updateItemScore(
  db: Db,
  id: number,
  version: number,
  s: ItemScore,
  at: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE assessment_items SET current_level = @currentLevel, target_level = @targetLevel,
           not_applicable = @na, evidence = @evidence, current_state = @currentState,
           desired_state = @desiredState, carried_unchanged = 0, version = version + 1,
           updated_at = @at
         WHERE id = @id AND version = @version`,
      )
      .run({ ...s, na: s.notApplicable ? 1 : 0, id, version, at }).changes === 1
  )
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
export function insertRecommendation(
  db: Db,
  assessmentItemId: number,
  f: RecommendationFields,
  at: string,
): number {
  const r = db
    .prepare(
      `INSERT INTO recommendations (assessment_item_id, text, priority, horizon, responsible_unit,
         accepted, version, created_at, updated_at)
       VALUES (@assessmentItemId, @text, @priority, @horizon, @responsibleUnit, @accepted, 1, @at, @at)`,
    )
    .run({ ...f, assessmentItemId, at })
  return Number(r.lastInsertRowid)
}

/** Updates a recommendation when `version` still matches. */
export function updateRecommendationRow(
  db: Db,
  id: number,
  version: number,
  f: RecommendationFields,
  at: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE recommendations SET text = @text, priority = @priority, horizon = @horizon,
           responsible_unit = @responsibleUnit, accepted = @accepted, version = version + 1,
           updated_at = @at
         WHERE id = @id AND version = @version`,
      )
      .run({ ...f, id, version, at }).changes === 1
  )
}

/** Removes a recommendation and its links to the plan. */
export function deleteRecommendationRow(db: Db, id: number): void {
  db.prepare("DELETE FROM trace_links WHERE source_type = 'recommendation' AND source_id = ?").run(
    id,
  )
  db.prepare('DELETE FROM recommendations WHERE id = ?').run(id)
}

const SOURCE_TABLE: Record<TraceSourceType, string> = {
  recommendation: 'recommendations',
  gap: 'assessment_items',
}

/** Records (or clears, with null) why a source is deferred, when `version` still matches. */
export function setDeferral(
  db: Db,
  type: TraceSourceType,
  id: number,
  version: number,
  reason: string | null,
  at: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE ${SOURCE_TABLE[type]} SET deferred_reason = @reason, version = version + 1,
           updated_at = @at
         WHERE id = @id AND version = @version`,
      )
      .run({ reason, id, version, at }).changes === 1
  )
}
