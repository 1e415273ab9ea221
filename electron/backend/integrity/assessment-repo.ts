import type {
  IntegrityAssessment,
  IntegrityMethod,
  IntegrityRating,
} from '../../../shared/contract'
import type { Db } from '../db/connection'

interface AssessmentRow {
  id: number
  framework_id: number
  title: string
  assessed_on: string
  method: IntegrityMethod
  participants: string
  participant_count: number | null
  sensitivity: number
  version: number
  created_at: string
  updated_at: string
}

interface RatingRow {
  id: number
  assessment_id: number
  factor_item_id: number
  rating: number | null
  strengths: string
  weaknesses: string
  evidence: string
  version: number
  updated_at: string
}

/** Fields a user edits on an assessment. */
export interface AssessmentFields {
  title: string
  assessedOn: string
  method: IntegrityMethod
  participants: string
  participantCount: number | null
  sensitivity: number
}

/** Fields a user edits on one factor's rating. */
export interface RatingFields {
  rating: number | null
  strengths: string
  weaknesses: string
  evidence: string
}

const toRating = (r: RatingRow): IntegrityRating => ({
  id: r.id,
  factorItemId: r.factor_item_id,
  rating: r.rating,
  strengths: r.strengths,
  weaknesses: r.weaknesses,
  evidence: r.evidence,
  version: r.version,
  updatedAt: r.updated_at,
})

const toAssessment = (r: AssessmentRow, ratings: IntegrityRating[]): IntegrityAssessment => ({
  id: r.id,
  frameworkId: r.framework_id,
  title: r.title,
  assessedOn: r.assessed_on,
  method: r.method,
  participants: r.participants,
  participantCount: r.participant_count,
  sensitivity: r.sensitivity,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  ratings,
})

function ratingsOf(db: Db, assessmentId: number): IntegrityRating[] {
  return (
    db
      .prepare('SELECT * FROM integrity_ratings WHERE assessment_id = ? ORDER BY factor_item_id')
      .all(assessmentId) as RatingRow[]
  ).map(toRating)
}

/** The assessments of one framework, newest first, each with its ratings. */
export function listAssessments(db: Db, frameworkId: number): IntegrityAssessment[] {
  const rows = db
    .prepare(
      'SELECT * FROM integrity_assessments WHERE framework_id = ? ORDER BY assessed_on DESC, id DESC',
    )
    .all(frameworkId) as AssessmentRow[]
  return rows.map((r) => toAssessment(r, ratingsOf(db, r.id)))
}

/** One assessment with its ratings, or undefined. */
export function findAssessment(db: Db, id: number): IntegrityAssessment | undefined {
  const row = db.prepare('SELECT * FROM integrity_assessments WHERE id = ?').get(id) as
    AssessmentRow | undefined
  return row && toAssessment(row, ratingsOf(db, row.id))
}

/** Inserts and returns the new id. */
export function insertAssessment(
  db: Db,
  frameworkId: number,
  f: AssessmentFields,
  at: string,
): number {
  const r = db
    .prepare(
      `INSERT INTO integrity_assessments (framework_id, title, assessed_on, method, participants,
         participant_count, sensitivity, version, created_at, updated_at)
       VALUES (@frameworkId, @title, @assessedOn, @method, @participants, @participantCount,
         @sensitivity, 1, @at, @at)`,
    )
    .run({ ...f, frameworkId, at })
  return Number(r.lastInsertRowid)
}

/** Updates when `version` still matches; false when someone changed it first. */
export function updateAssessment(
  db: Db,
  id: number,
  version: number,
  f: AssessmentFields,
  at: string,
): boolean {
  const r = db
    .prepare(
      `UPDATE integrity_assessments SET title = @title, assessed_on = @assessedOn, method = @method,
         participants = @participants, participant_count = @participantCount,
         sensitivity = @sensitivity, version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version`,
    )
    .run({ ...f, id, version, at })
  return r.changes === 1
}

/** Removes an assessment and its ratings. */
export function deleteAssessment(db: Db, id: number): void {
  db.prepare('DELETE FROM integrity_ratings WHERE assessment_id = ?').run(id)
  db.prepare('DELETE FROM integrity_assessments WHERE id = ?').run(id)
}

/** The rating of one factor in one assessment, if it was ever saved. */
export function findRating(
  db: Db,
  assessmentId: number,
  factorItemId: number,
): IntegrityRating | undefined {
  const row = db
    .prepare('SELECT * FROM integrity_ratings WHERE assessment_id = ? AND factor_item_id = ?')
    .get(assessmentId, factorItemId) as RatingRow | undefined
  return row && toRating(row)
}

/** Writes a factor's rating: inserts the first time, else updates when `version` matches. */
export function writeRating(
  db: Db,
  assessmentId: number,
  factorItemId: number,
  version: number | null,
  f: RatingFields,
  at: string,
): boolean {
  const params = { ...f, assessmentId, factorItemId, version, at }
  if (version === null) {
    db.prepare(
      `INSERT INTO integrity_ratings (assessment_id, factor_item_id, rating, strengths, weaknesses,
         evidence, version, updated_at)
       VALUES (@assessmentId, @factorItemId, @rating, @strengths, @weaknesses, @evidence, 1, @at)`,
    ).run(params)
    return true
  }
  const r = db
    .prepare(
      `UPDATE integrity_ratings SET rating = @rating, strengths = @strengths,
         weaknesses = @weaknesses, evidence = @evidence, version = version + 1, updated_at = @at
       WHERE assessment_id = @assessmentId AND factor_item_id = @factorItemId AND version = @version`,
    )
    .run(params)
  return r.changes === 1
}
