import type { Selectable } from 'kysely'
import type {
  IntegrityAssessment,
  IntegrityMethod,
  IntegrityRating,
} from '../../../shared/contract'
import type { Db } from '../db/database'
import type { IntegrityAssessmentsTable, IntegrityRatingsTable } from './integrity-tables'

type AssessmentRow = Selectable<IntegrityAssessmentsTable>
type RatingRow = Selectable<IntegrityRatingsTable>

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

async function ratingsOf(db: Db, assessmentId: number): Promise<IntegrityRating[]> {
  const rows = await db
    .selectFrom('integrity_ratings')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('factor_item_id')
    .orderBy('id')
    .execute()
  return rows.map(toRating)
}

/** The assessments of one framework, newest first, each with its ratings. */
export async function listAssessments(db: Db, frameworkId: number): Promise<IntegrityAssessment[]> {
  const rows = await db
    .selectFrom('integrity_assessments')
    .selectAll()
    .where('framework_id', '=', frameworkId)
    .orderBy('assessed_on', 'desc')
    .orderBy('id', 'desc')
    .execute()
  if (rows.length === 0) return []
  // One query for every assessment's ratings, not one per assessment.
  const ratings = await db
    .selectFrom('integrity_ratings')
    .selectAll()
    .where(
      'assessment_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('factor_item_id')
    .orderBy('id')
    .execute()
  const byAssessment = new Map<number, IntegrityRating[]>()
  for (const r of ratings) {
    const list = byAssessment.get(r.assessment_id) ?? []
    list.push(toRating(r))
    byAssessment.set(r.assessment_id, list)
  }
  return rows.map((r) => toAssessment(r, byAssessment.get(r.id) ?? []))
}

/** One assessment with its ratings, or undefined. */
export async function findAssessment(db: Db, id: number): Promise<IntegrityAssessment | undefined> {
  const row = await db
    .selectFrom('integrity_assessments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row && toAssessment(row, await ratingsOf(db, row.id))
}

const columns = (f: AssessmentFields) => ({
  title: f.title,
  assessed_on: f.assessedOn,
  method: f.method,
  participants: f.participants,
  participant_count: f.participantCount,
  sensitivity: f.sensitivity,
})

/** Inserts and returns the new id. */
export async function insertAssessment(
  db: Db,
  frameworkId: number,
  f: AssessmentFields,
  at: string,
): Promise<number> {
  const r = await db
    .insertInto('integrity_assessments')
    .values({
      framework_id: frameworkId,
      ...columns(f),
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** Updates when `version` still matches; false when someone changed it first. */
export async function updateAssessment(
  db: Db,
  id: number,
  version: number,
  f: AssessmentFields,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('integrity_assessments')
    .set((eb) => ({ ...columns(f), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Removes an assessment and its ratings. */
export async function deleteAssessment(db: Db, id: number): Promise<void> {
  await db.deleteFrom('integrity_ratings').where('assessment_id', '=', id).execute()
  await db.deleteFrom('integrity_assessments').where('id', '=', id).execute()
}

/** The rating of one factor in one assessment, if it was ever saved. */
export async function findRating(
  db: Db,
  assessmentId: number,
  factorItemId: number,
): Promise<IntegrityRating | undefined> {
  const row = await db
    .selectFrom('integrity_ratings')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .where('factor_item_id', '=', factorItemId)
    .executeTakeFirst()
  return row && toRating(row)
}

/** Writes a factor's rating: inserts the first time, else updates when `version` matches. */
export async function writeRating(
  db: Db,
  assessmentId: number,
  factorItemId: number,
  version: number | null,
  f: RatingFields,
  at: string,
): Promise<boolean> {
  const fields = {
    rating: f.rating,
    strengths: f.strengths,
    weaknesses: f.weaknesses,
    evidence: f.evidence,
    updated_at: at,
  }
  if (version === null) {
    // Someone rating the factor first (a concurrent writer on PostgreSQL) makes this stale.
    const r = await db
      .insertInto('integrity_ratings')
      .values({ assessment_id: assessmentId, factor_item_id: factorItemId, ...fields, version: 1 })
      .onConflict((oc) => oc.columns(['assessment_id', 'factor_item_id']).doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1
  }
  const r = await db
    .updateTable('integrity_ratings')
    .set((eb) => ({ ...fields, version: eb('version', '+', 1) }))
    .where('assessment_id', '=', assessmentId)
    .where('factor_item_id', '=', factorItemId)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
