import type {
  RecommendationAcceptance,
  AssessmentLead,
  AssessmentStatus,
  AssessmentSummary,
  AssessmentType,
  RecommendationHorizon,
  LocalText,
  RecommendationPriority,
} from '../../../shared/contract'
import type { Db } from '../db/connection'

/** The header fields a user edits. */
export interface AssessmentHeader {
  type: AssessmentType
  title: string
  startDate: string | null
  endDate: string | null
  lead: AssessmentLead
  status: AssessmentStatus
}

interface AssessmentRow {
  id: number
  framework_id: number
  type: AssessmentType
  title: string
  start_date: string | null
  end_date: string | null
  lead: AssessmentLead
  status: AssessmentStatus
  previous_id: number | null
  version: number
  created_at: string
  updated_at: string
  framework_code: string
  framework_json: string
  previous_title: string | null
}

/** One assessment_items row. */
export interface AssessmentItemRow {
  id: number
  assessment_id: number
  item_id: number
  current_level: number | null
  target_level: number | null
  not_applicable: number
  evidence: string
  current_state: string
  desired_state: string
  carried_from_id: number | null
  carried_unchanged: number
  deferred_reason: string | null
  version: number
  updated_at: string
}

/** One recommendations row. */
export interface RecommendationRow {
  id: number
  assessment_item_id: number
  text: string
  priority: RecommendationPriority
  horizon: RecommendationHorizon
  responsible_unit: string
  accepted: RecommendationAcceptance
  deferred_reason: string | null
  version: number
  created_at: string
  updated_at: string
}

const SELECT_ASSESSMENT = `SELECT a.*, f.code AS framework_code, f.data_json AS framework_json,
    p.title AS previous_title
  FROM assessments a JOIN library_items f ON f.id = a.framework_id
  LEFT JOIN assessments p ON p.id = a.previous_id`

interface ProgressRow {
  assessment_id: number
  total: number
  na: number
  scored: number
  carried: number
}

function summaries(db: Db, rows: AssessmentRow[]): AssessmentSummary[] {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const marks = ids.map(() => '?').join(',')
  const progress = new Map(
    (
      db
        .prepare(
          `SELECT assessment_id, count(*) AS total, sum(not_applicable) AS na,
             sum(not_applicable = 0 AND current_level IS NOT NULL AND target_level IS NOT NULL) AS scored,
             sum(carried_unchanged) AS carried
           FROM assessment_items WHERE assessment_id IN (${marks}) GROUP BY assessment_id`,
        )
        .all(...ids) as ProgressRow[]
    ).map((p) => [p.assessment_id, p]),
  )
  const scope = db
    .prepare(
      `SELECT s.assessment_id, s.area_item_id FROM assessment_scope s
       JOIN library_items i ON i.id = s.area_item_id
       WHERE s.assessment_id IN (${marks}) ORDER BY i.position`,
    )
    .all(...ids) as { assessment_id: number; area_item_id: number }[]
  return rows.map((r) => {
    const p = progress.get(r.id)
    const total = p?.total ?? 0
    const na = p?.na ?? 0
    return {
      id: r.id,
      frameworkId: r.framework_id,
      frameworkCode: r.framework_code,
      frameworkName: (JSON.parse(r.framework_json) as { name: LocalText }).name,
      type: r.type,
      title: r.title,
      startDate: r.start_date,
      endDate: r.end_date,
      lead: r.lead,
      status: r.status,
      previousId: r.previous_id,
      previousTitle: r.previous_title,
      areaIds: scope.filter((s) => s.assessment_id === r.id).map((s) => s.area_item_id),
      progress: {
        scored: p?.scored ?? 0,
        applicable: total - na,
        notApplicable: na,
        total,
        carried: p?.carried ?? 0,
      },
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }
  })
}

/** Every assessment, newest first (by start date, then creation). */
export function listAssessments(db: Db): AssessmentSummary[] {
  const rows = db
    .prepare(
      `${SELECT_ASSESSMENT} WHERE a.archived_at IS NULL
       ORDER BY coalesce(a.start_date, substr(a.created_at, 1, 10)) DESC, a.id DESC`,
    )
    .all() as AssessmentRow[]
  return summaries(db, rows)
}

/** One assessment or undefined. */
export function findAssessment(db: Db, id: number): AssessmentSummary | undefined {
  const row = db
    .prepare(`${SELECT_ASSESSMENT} WHERE a.id = ? AND a.archived_at IS NULL`)
    .get(id) as AssessmentRow | undefined
  return row ? summaries(db, [row])[0] : undefined
}

/** Inserts an assessment with its scope; returns the new id. */
export function insertAssessment(
  db: Db,
  f: AssessmentHeader & { frameworkId: number; previousId: number | null; areaIds: number[] },
  at: string,
): number {
  const r = db
    .prepare(
      `INSERT INTO assessments (framework_id, type, title, start_date, end_date, lead, status,
         previous_id, version, created_at, updated_at)
       VALUES (@frameworkId, @type, @title, @startDate, @endDate, @lead, @status, @previousId, 1, @at, @at)`,
    )
    .run({ ...f, at })
  const id = Number(r.lastInsertRowid)
  const scope = db.prepare(
    'INSERT INTO assessment_scope (assessment_id, area_item_id) VALUES (?, ?)',
  )
  for (const area of f.areaIds) scope.run(id, area)
  return id
}

/** Updates the header when `version` still matches; false when someone changed it first. */
export function updateAssessmentRow(
  db: Db,
  id: number,
  version: number,
  f: AssessmentHeader,
  at: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE assessments SET type = @type, title = @title, start_date = @startDate,
           end_date = @endDate, lead = @lead, status = @status, version = version + 1,
           updated_at = @at
         WHERE id = @id AND version = @version`,
      )
      .run({ ...f, id, version, at }).changes === 1
  )
}

/** Removes an assessment and everything that hangs from it. */
export function deleteAssessmentRows(db: Db, id: number): void {
  const items = 'SELECT id FROM assessment_items WHERE assessment_id = @id'
  const recs = `SELECT id FROM recommendations WHERE assessment_item_id IN (${items})`
  db.prepare(
    `DELETE FROM trace_links WHERE (source_type = 'gap' AND source_id IN (${items}))
       OR (source_type = 'recommendation' AND source_id IN (${recs}))`,
  ).run({ id })
  db.prepare(`DELETE FROM recommendations WHERE assessment_item_id IN (${items})`).run({ id })
  // A later cycle keeps its own copies; it only forgets where they came from.
  db.prepare(
    `UPDATE assessment_items SET carried_from_id = NULL, carried_unchanged = 0
     WHERE carried_from_id IN (${items})`,
  ).run({ id })
  db.prepare('UPDATE assessments SET previous_id = NULL WHERE previous_id = @id').run({ id })
  db.prepare('DELETE FROM assessment_items WHERE assessment_id = @id').run({ id })
  db.prepare('DELETE FROM assessment_scope WHERE assessment_id = @id').run({ id })
  db.prepare('DELETE FROM assessments WHERE id = @id').run({ id })
}

/** The fields copied into a new item row. */
export interface ItemSeed {
  itemId: number
  currentLevel: number | null
  targetLevel: number | null
  notApplicable: boolean
  evidence: string
  currentState: string
  desiredState: string
  carriedFromId: number | null
}

/** Inserts the item rows of an assessment. */
export function insertItems(db: Db, assessmentId: number, seeds: ItemSeed[], at: string): void {
  const insert = db.prepare(
    `INSERT INTO assessment_items (assessment_id, item_id, current_level, target_level,
       not_applicable, evidence, current_state, desired_state, carried_from_id, carried_unchanged,
       version, updated_at)
     VALUES (@assessmentId, @itemId, @currentLevel, @targetLevel, @na, @evidence, @currentState,
       @desiredState, @carriedFromId, @carried, 1, @at)`,
  )
  for (const s of seeds) {
    insert.run({
      ...s,
      assessmentId,
      na: s.notApplicable ? 1 : 0,
      carried: s.carriedFromId === null ? 0 : 1,
      at,
    })
  }
}

/** Item rows of one assessment. */
export function itemRowsOf(db: Db, assessmentId: number): AssessmentItemRow[] {
  return db
    .prepare('SELECT * FROM assessment_items WHERE assessment_id = ?')
    .all(assessmentId) as AssessmentItemRow[]
}

/** One item row. */
export function findItemRow(db: Db, id: number): AssessmentItemRow | undefined {
  return db.prepare('SELECT * FROM assessment_items WHERE id = ?').get(id) as
    AssessmentItemRow | undefined
}

/** Recommendation rows of one assessment. */
export function recommendationRowsOf(db: Db, assessmentId: number): RecommendationRow[] {
  return db
    .prepare(
      `SELECT r.* FROM recommendations r JOIN assessment_items i ON i.id = r.assessment_item_id
       WHERE i.assessment_id = ? ORDER BY r.id`,
    )
    .all(assessmentId) as RecommendationRow[]
}

/** One recommendation row. */
export function findRecommendationRow(db: Db, id: number): RecommendationRow | undefined {
  return db.prepare('SELECT * FROM recommendations WHERE id = ?').get(id) as
    RecommendationRow | undefined
}
