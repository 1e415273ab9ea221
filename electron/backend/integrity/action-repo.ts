import type {
  IntegrityHorizon,
  IntegrityIndicatorOption,
  IntegrityAction,
  IntegrityActionStatus,
} from '../../../shared/contract'
import { isOverdue } from '../../../shared/domain/integrity-progress'
import type { Db } from '../db/connection'

interface ActionRow {
  id: number
  factor_item_id: number
  action: string
  horizon: IntegrityHorizon
  owner: string
  start_date: string | null
  due_date: string
  status: IntegrityActionStatus
  completed_on: string | null
  indicator_id: number | null
  indicator_code: string | null
  indicator_name: string | null
  sensitivity: number
  version: number
  created_at: string
  updated_at: string
}

/** Fields a user edits on an action. */
export interface ActionFields {
  factorItemId: number
  action: string
  horizon: IntegrityHorizon
  owner: string
  startDate: string | null
  dueDate: string
  status: IntegrityActionStatus
  indicatorId: number | null
  sensitivity: number
}

const toAction = (r: ActionRow, today: string): IntegrityAction => ({
  id: r.id,
  factorItemId: r.factor_item_id,
  action: r.action,
  horizon: r.horizon,
  owner: r.owner,
  startDate: r.start_date,
  dueDate: r.due_date,
  status: r.status,
  completedOn: r.completed_on,
  indicatorId: r.indicator_id,
  indicatorLabel:
    r.indicator_id === null ? null : `${r.indicator_code ?? ''} — ${r.indicator_name ?? ''}`,
  overdue: isOverdue({ status: r.status, dueDate: r.due_date }, today),
  sensitivity: r.sensitivity,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

const SELECT = `SELECT a.*, i.code AS indicator_code, i.name AS indicator_name
  FROM integrity_actions a LEFT JOIN indicators i ON i.id = a.indicator_id`

/** Actions of the given factors, by due date. `today` (YYYY-MM-DD) drives the overdue flag. */
export function listActions(
  db: Db,
  factorIds: readonly number[],
  today: string,
): IntegrityAction[] {
  if (factorIds.length === 0) return []
  const rows = db
    .prepare(
      `${SELECT} WHERE a.factor_item_id IN (SELECT value FROM json_each(?))
       ORDER BY a.due_date, a.id`,
    )
    .all(JSON.stringify(factorIds)) as ActionRow[]
  return rows.map((r) => toAction(r, today))
}

/** One action, or undefined. */
export function findAction(db: Db, id: number, today: string): IntegrityAction | undefined {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined
  return row && toAction(row, today)
}

/** Inserts and returns the new id. `completedOn` is set by the service from the status. */
export function insertAction(
  db: Db,
  f: ActionFields,
  completedOn: string | null,
  at: string,
): number {
  const r = db
    .prepare(
      `INSERT INTO integrity_actions (factor_item_id, action, horizon, owner, start_date, due_date,
         status, completed_on, indicator_id, sensitivity, version, created_at, updated_at)
       VALUES (@factorItemId, @action, @horizon, @owner, @startDate, @dueDate, @status,
         @completedOn, @indicatorId, @sensitivity, 1, @at, @at)`,
    )
    .run({ ...f, completedOn, at })
  return Number(r.lastInsertRowid)
}

/** Updates when `version` still matches; false when someone changed it first. */
export function updateAction(
  db: Db,
  id: number,
  version: number,
  f: ActionFields,
  completedOn: string | null,
  at: string,
): boolean {
  const r = db
    .prepare(
      `UPDATE integrity_actions SET factor_item_id = @factorItemId, action = @action,
         horizon = @horizon, owner = @owner, start_date = @startDate, due_date = @dueDate,
         status = @status, completed_on = @completedOn, indicator_id = @indicatorId,
         sensitivity = @sensitivity, version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version`,
    )
    .run({ ...f, completedOn, id, version, at })
  return r.changes === 1
}

/** Removes one action. */
export function deleteAction(db: Db, id: number): void {
  db.prepare('DELETE FROM integrity_actions WHERE id = ?').run(id)
}

/** Indicators an action may link to (read-only; the indicators domain owns the table). */
export function listIndicatorOptions(db: Db): IntegrityIndicatorOption[] {
  const rows = db
    .prepare('SELECT id, code, name FROM indicators WHERE archived_at IS NULL')
    .all() as IntegrityIndicatorOption[]
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  return rows.sort((a, b) => collator.compare(a.code, b.code))
}

/** True when `id` names an indicator that is not archived. */
export function indicatorExists(db: Db, id: number): boolean {
  return (
    db.prepare('SELECT 1 FROM indicators WHERE id = ? AND archived_at IS NULL').get(id) !==
    undefined
  )
}
