// Queries on the register's own tables (risks, risk_ratings, risk_actions); rows are mapped in
// risks-view.ts.
import type { Selectable } from 'kysely'
import type { RiskActionStatus } from '../../../shared/contract'
import type { StatusFilter } from '../../../shared/domain/risk-register'
import type { Db } from '../db/database'
import type { RiskActionsTable, RiskRatingsTable, RisksTable } from './risks-tables'

/** A row of `risks`. */
export type RiskRow = Selectable<RisksTable>

/** A row of `risk_ratings`. */
export type RatingRow = Selectable<RiskRatingsTable>

/** A row of `risk_actions`. */
export type ActionRow = Selectable<RiskActionsTable>

/** The columns a service writes (id, version and stamps are the repository's business). */
/** What a service writes of a risk: not its identity, stamps, or the rating summary. */
export type RiskWrite = Omit<
  RiskRow,
  | 'id'
  | 'version'
  | 'created_at'
  | 'updated_at'
  | 'code'
  | 'ratings_count'
  | 'last_rated_on'
  | 'last_score'
  | 'previous_score'
>

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

const pick = (w: RiskWrite): RiskWrite =>
  Object.fromEntries(COLUMNS.map((c) => [c, w[c]])) as unknown as RiskWrite

/**
 * Every risk with the given register status (`active`: all but closed ones), in id order (the
 * service sorts by code).
 */
export function allRiskRows(db: Db, status: StatusFilter = 'all'): Promise<RiskRow[]> {
  let q = db.selectFrom('risks').selectAll()
  if (status === 'active') q = q.where('status', '<>', 'closed')
  else if (status !== 'all') q = q.where('status', '=', status)
  return q.orderBy('id').execute()
}

/** The integrity risks linked to a factor, in id order. */
export function integrityRiskRows(db: Db): Promise<RiskRow[]> {
  return db
    .selectFrom('risks')
    .selectAll()
    .where('integrity', '=', 1)
    .where('integrity_factor_item_id', 'is not', null)
    .orderBy('id')
    .execute()
}

/** One risk row. */
export function findRiskRow(db: Db, id: number): Promise<RiskRow | undefined> {
  return db.selectFrom('risks').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The next free code, R-001, R-002 … (gaps from earlier numbers are never reused). */
export async function nextRiskCode(db: Db): Promise<string> {
  const rows = await db
    .selectFrom('risks')
    .select('code')
    .where((eb) => eb(eb.fn('lower', ['code']), 'like', 'r-%'))
    .execute()
  const numbers = rows.map((r) => Number(r.code.slice(2))).filter(Number.isFinite)
  const highest = Math.max(0, ...numbers)
  return `R-${String(highest + 1).padStart(3, '0')}`
}

/** Inserts a risk; returns its id. */
export async function insertRisk(db: Db, code: string, w: RiskWrite, at: string): Promise<number> {
  const r = await db
    .insertInto('risks')
    .values({ code, ...pick(w), version: 1, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow()
  return Number(r.id)
}

/** Updates when `version` still matches; false when someone changed it first. */
export async function updateRisk(
  db: Db,
  id: number,
  version: number,
  w: RiskWrite,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('risks')
    .set((eb) => ({ ...pick(w), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Every rating of one risk, oldest first. */
export function ratingRows(db: Db, riskId: number): Promise<RatingRow[]> {
  return db
    .selectFrom('risk_ratings')
    .selectAll()
    .where('risk_id', '=', riskId)
    .orderBy('rated_on')
    .orderBy('id')
    .execute()
}

/**
 * Records one rating and keeps the risk's summary of its history (count, newest date, the newest
 * two residual scores) in step, so the register never reads every rating to show a trend.
 */
export async function insertRating(db: Db, r: Omit<RatingRow, 'id'>): Promise<void> {
  await db.insertInto('risk_ratings').values(r).execute()
  const newest = await db
    .selectFrom('risk_ratings')
    .select([
      'rated_on',
      (eb) => eb('residual_likelihood', '*', eb.ref('residual_impact')).as('score'),
    ])
    .where('risk_id', '=', r.risk_id)
    .orderBy('rated_on', 'desc')
    .orderBy('id', 'desc')
    .limit(2)
    .execute()
  await db
    .updateTable('risks')
    .set((eb) => ({
      ratings_count: eb('ratings_count', '+', 1),
      last_rated_on: newest[0]!.rated_on,
      last_score: Number(newest[0]!.score),
      previous_score: newest[1] ? Number(newest[1].score) : null,
    }))
    .where('id', '=', r.risk_id)
    .execute()
}

/** Treatment actions of every risk (or one), by due date. */
export function actionRows(db: Db, riskId?: number): Promise<ActionRow[]> {
  let q = db.selectFrom('risk_actions').selectAll()
  if (riskId !== undefined) q = q.where('risk_id', '=', riskId)
  return q.orderBy('risk_id').orderBy('due_date').orderBy('id').execute()
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
export async function insertAction(
  db: Db,
  riskId: number,
  a: ActionWrite,
  at: string,
): Promise<void> {
  await db
    .insertInto('risk_actions')
    .values({
      risk_id: riskId,
      action: a.action,
      owner: a.owner,
      due_date: a.due_date,
      status: a.status,
      completed_on: a.completed_on,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute()
}

/** Rewrites an action (its version goes up). */
export async function updateAction(db: Db, id: number, a: ActionWrite, at: string): Promise<void> {
  await db
    .updateTable('risk_actions')
    .set((eb) => ({
      action: a.action,
      owner: a.owner,
      due_date: a.due_date,
      status: a.status,
      completed_on: a.completed_on,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .execute()
}

/** Removes an action; its last state stays in the audit trail with the risk. */
export async function deleteAction(db: Db, id: number): Promise<void> {
  await db.deleteFrom('risk_actions').where('id', '=', id).execute()
}
