import type { Selectable } from 'kysely'
import type {
  IntegrityHorizon,
  IntegrityAction,
  IntegrityActionStatus,
} from '../../../shared/contract'
import { isOverdue } from '../../../shared/domain/integrity-progress'
import type { Db } from '../db/database'
import { indicatorLabels } from '../indicators/indicators-read'
import type { IntegrityActionsTable } from './integrity-tables'

type ActionRow = Selectable<IntegrityActionsTable>
type Label = { code: string; name: string }

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

const toAction = (r: ActionRow, label: Label | undefined, today: string): IntegrityAction => ({
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
  indicatorLabel: r.indicator_id === null ? null : `${label?.code ?? ''} — ${label?.name ?? ''}`,
  overdue: isOverdue({ status: r.status, dueDate: r.due_date }, today),
  sensitivity: r.sensitivity,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

// Linked indicators belong to the indicators domain: their labels are looked up apart.
async function withLabels(db: Db, rows: ActionRow[], today: string): Promise<IntegrityAction[]> {
  const ids = rows.flatMap((r) => (r.indicator_id === null ? [] : [r.indicator_id]))
  const labels = await indicatorLabels(db, ids)
  return rows.map((r) =>
    toAction(r, r.indicator_id === null ? undefined : labels.get(r.indicator_id), today),
  )
}

/** Actions of the given factors, by due date. `today` (YYYY-MM-DD) drives the overdue flag. */
export async function listActions(
  db: Db,
  factorIds: readonly number[],
  today: string,
): Promise<IntegrityAction[]> {
  if (factorIds.length === 0) return []
  const rows = await db
    .selectFrom('integrity_actions')
    .selectAll()
    .where('factor_item_id', 'in', factorIds)
    .orderBy('due_date')
    .orderBy('id')
    .execute()
  return withLabels(db, rows, today)
}

/** Every action, by due date (the documents' integrity report reads them all). */
export async function listAllActions(db: Db, today: string): Promise<IntegrityAction[]> {
  const rows = await db
    .selectFrom('integrity_actions')
    .selectAll()
    .orderBy('due_date')
    .orderBy('id')
    .execute()
  return withLabels(db, rows, today)
}

/** One action, or undefined. */
export async function findAction(
  db: Db,
  id: number,
  today: string,
): Promise<IntegrityAction | undefined> {
  const row = await db
    .selectFrom('integrity_actions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row && (await withLabels(db, [row], today))[0]
}

const columns = (f: ActionFields, completedOn: string | null) => ({
  factor_item_id: f.factorItemId,
  action: f.action,
  horizon: f.horizon,
  owner: f.owner,
  start_date: f.startDate,
  due_date: f.dueDate,
  status: f.status,
  completed_on: completedOn,
  indicator_id: f.indicatorId,
  sensitivity: f.sensitivity,
})

/** Inserts and returns the new id. `completedOn` is set by the service from the status. */
export async function insertAction(
  db: Db,
  f: ActionFields,
  completedOn: string | null,
  at: string,
): Promise<number> {
  const r = await db
    .insertInto('integrity_actions')
    .values({ ...columns(f, completedOn), version: 1, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** Updates when `version` still matches; false when someone changed it first. */
export async function updateAction(
  db: Db,
  id: number,
  version: number,
  f: ActionFields,
  completedOn: string | null,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('integrity_actions')
    .set((eb) => ({
      ...columns(f, completedOn),
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Removes one action. */
export async function deleteAction(db: Db, id: number): Promise<void> {
  await db.deleteFrom('integrity_actions').where('id', '=', id).execute()
}
