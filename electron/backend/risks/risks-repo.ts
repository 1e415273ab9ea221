// SQL for risks, their ratings and their treatment actions; rows are mapped in risks-view.ts.
import type {
  RiskActionStatus,
  RiskResponse,
  RiskScope,
  RiskStatus,
} from '../../../shared/contract'
import type { Db } from '../db/connection'

/** A row of `risks`. */
export interface RiskRow {
  id: number
  code: string
  title: string
  cause: string
  event: string
  consequence: string
  category: string
  catalogue_item_id: number | null
  matrix_item_id: number
  scope_type: RiskScope
  objective_id: number | null
  project_id: number | null
  result_id: number | null
  framework_item_id: number | null
  owner: string
  raised_on: string
  inherent_likelihood: number
  inherent_impact: number
  existing_controls: string
  response: RiskResponse
  residual_likelihood: number
  residual_impact: number
  status: RiskStatus
  next_review: string
  review_overridden: number
  integrity: number
  integrity_factor_item_id: number | null
  accepted_by: string | null
  acceptance_reason: string | null
  accepted_until: string | null
  sensitivity: number
  version: number
  created_at: string
  updated_at: string
}

/** A row of `risk_ratings`. */
export interface RatingRow {
  id: number
  risk_id: number
  rated_on: string
  rated_at: string
  rated_by: string
  inherent_likelihood: number
  inherent_impact: number
  residual_likelihood: number
  residual_impact: number
  reason: string
}

/** A row of `risk_actions`. */
export interface ActionRow {
  id: number
  risk_id: number
  action: string
  owner: string
  due_date: string
  status: RiskActionStatus
  completed_on: string | null
  version: number
  created_at: string
  updated_at: string
}

/** The columns a service writes (id, version and stamps are the repository's business). */
export type RiskWrite = Omit<RiskRow, 'id' | 'version' | 'created_at' | 'updated_at' | 'code'>

const COLUMNS = [
  'title',
  'cause',
  'event',
  'consequence',
  'category',
  'catalogue_item_id',
  'matrix_item_id',
  'scope_type',
  'objective_id',
  'project_id',
  'result_id',
  'framework_item_id',
  'owner',
  'raised_on',
  'inherent_likelihood',
  'inherent_impact',
  'existing_controls',
  'response',
  'residual_likelihood',
  'residual_impact',
  'status',
  'next_review',
  'review_overridden',
  'integrity',
  'integrity_factor_item_id',
  'accepted_by',
  'acceptance_reason',
  'accepted_until',
  'sensitivity',
] as const satisfies readonly (keyof RiskWrite)[]

/** Every risk, ordered by code. */
export function allRiskRows(db: Db): RiskRow[] {
  return db.prepare('SELECT * FROM risks ORDER BY id').all() as RiskRow[]
}

/** One risk row. */
export function findRiskRow(db: Db, id: number): RiskRow | undefined {
  return db.prepare('SELECT * FROM risks WHERE id = ?').get(id) as RiskRow | undefined
}

/** The next free code, R-001, R-002 … (gaps from earlier numbers are never reused). */
export function nextRiskCode(db: Db): string {
  const codes = db.prepare("SELECT code FROM risks WHERE code LIKE 'R-%'").pluck().all() as string[]
  const highest = Math.max(0, ...codes.map((c) => Number(c.slice(2))).filter(Number.isFinite))
  return `R-${String(highest + 1).padStart(3, '0')}`
}

/** Inserts a risk; returns its id. */
export function insertRisk(db: Db, code: string, w: RiskWrite, at: string): number {
  const cols = ['code', ...COLUMNS, 'version', 'created_at', 'updated_at']
  const values = ['@code', ...COLUMNS.map((c) => `@${c}`), '1', '@at', '@at']
  const r = db
    .prepare(`INSERT INTO risks (${cols.join(', ')}) VALUES (${values.join(', ')})`)
    .run({ ...w, code, at })
  return Number(r.lastInsertRowid)
}

/** Updates when `version` still matches; false when someone changed it first. */
export function updateRisk(db: Db, id: number, version: number, w: RiskWrite, at: string): boolean {
  const sets = COLUMNS.map((c) => `${c} = @${c}`).join(', ')
  const r = db
    .prepare(
      `UPDATE risks SET ${sets}, version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version`,
    )
    .run({ ...w, id, version, at })
  return r.changes === 1
}

/** Ratings of every risk (or one), oldest first. */
export function ratingRows(db: Db, riskId?: number): RatingRow[] {
  return db
    .prepare(
      `SELECT * FROM risk_ratings WHERE (@riskId IS NULL OR risk_id = @riskId)
       ORDER BY risk_id, rated_on, id`,
    )
    .all({ riskId: riskId ?? null }) as RatingRow[]
}

/** Records one rating. */
export function insertRating(db: Db, r: Omit<RatingRow, 'id'>): void {
  db.prepare(
    `INSERT INTO risk_ratings (risk_id, rated_on, rated_at, rated_by, inherent_likelihood,
       inherent_impact, residual_likelihood, residual_impact, reason)
     VALUES (@risk_id, @rated_on, @rated_at, @rated_by, @inherent_likelihood, @inherent_impact,
       @residual_likelihood, @residual_impact, @reason)`,
  ).run(r)
}

/** Treatment actions of every risk (or one), by due date. */
export function actionRows(db: Db, riskId?: number): ActionRow[] {
  return db
    .prepare(
      `SELECT * FROM risk_actions WHERE (@riskId IS NULL OR risk_id = @riskId)
       ORDER BY risk_id, due_date, id`,
    )
    .all({ riskId: riskId ?? null }) as ActionRow[]
}

/** What a service writes for one action. */
export interface ActionWrite {
  action: string
  owner: string
  due_date: string
  status: RiskActionStatus
  completed_on: string | null
}

/** Adds an action to a risk. */
export function insertAction(db: Db, riskId: number, a: ActionWrite, at: string): void {
  db.prepare(
    `INSERT INTO risk_actions (risk_id, action, owner, due_date, status, completed_on, version,
       created_at, updated_at)
     VALUES (@riskId, @action, @owner, @due_date, @status, @completed_on, 1, @at, @at)`,
  ).run({ ...a, riskId, at })
}

/** Rewrites an action (its version goes up). */
export function updateAction(db: Db, id: number, a: ActionWrite, at: string): void {
  db.prepare(
    `UPDATE risk_actions SET action = @action, owner = @owner, due_date = @due_date,
       status = @status, completed_on = @completed_on, version = version + 1, updated_at = @at
     WHERE id = @id`,
  ).run({ ...a, id, at })
}

/** Removes an action; its last state stays in the audit trail with the risk. */
export function deleteAction(db: Db, id: number): void {
  db.prepare('DELETE FROM risk_actions WHERE id = ?').run(id)
}
