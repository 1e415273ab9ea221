// SQL for the values recorded against indicators (actuals).
import type { Selectable } from 'kysely'
import type { IndicatorActual, Rag } from '../../../shared/contract'
import { assessActual, type IndicatorPlan } from '../../../shared/domain/indicator-status'
import { inBatches } from '../db/batches'
import type { Db } from '../db/database'
import type { IndicatorActualsTable } from './indicators-tables'

/** An actual as stored. */
export type ActualRow = Selectable<IndicatorActualsTable>

// Rows per multi-row INSERT, well below both engines' limits on bound parameters.
const BATCH = 500

/** Maps an actual row, adding the value planned for its period. */
export function toActual(r: ActualRow, plan: IndicatorPlan): IndicatorActual {
  return {
    id: r.id,
    indicatorId: r.indicator_id,
    period: r.period,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    value: r.value,
    planned: assessActual(plan, r.period, r.value)?.planned ?? Number.NaN,
    rag: r.rag,
    explanation: r.explanation,
    version: r.version,
    recordedAt: r.recorded_at,
  }
}

/** Every actual of an indicator, oldest period first. */
export function actualRowsOf(db: Db, indicatorId: number): Promise<ActualRow[]> {
  return db
    .selectFrom('indicator_actuals')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .orderBy('period_end')
    .orderBy('id')
    .execute()
}

/** One actual row or undefined. */
export function findActualRow(db: Db, id: number): Promise<ActualRow | undefined> {
  return db.selectFrom('indicator_actuals').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The actual of an indicator for a period, if recorded. */
export function findActualByPeriod(
  db: Db,
  indicatorId: number,
  period: string,
): Promise<ActualRow | undefined> {
  return db
    .selectFrom('indicator_actuals')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .executeTakeFirst()
}

/** Fields of an actual to write. */
export interface ActualColumns {
  period: string
  periodStart: string
  periodEnd: string
  value: number
  explanation: string
  rag: Rag
}

const actualValues = (indicatorId: number, c: ActualColumns, at: string) => ({
  indicator_id: indicatorId,
  period: c.period,
  period_start: c.periodStart,
  period_end: c.periodEnd,
  value: c.value,
  explanation: c.explanation,
  rag: c.rag,
  version: 1,
  recorded_at: at,
})

/** Inserts one actual and returns its id. */
export async function insertActual(
  db: Db,
  indicatorId: number,
  c: ActualColumns,
  at: string,
): Promise<number> {
  const r = await db
    .insertInto('indicator_actuals')
    .values(actualValues(indicatorId, c, at))
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** Inserts many actuals of one indicator, a slice of rows per statement so imports stay fast. */
export async function insertActuals(
  db: Db,
  indicatorId: number,
  list: readonly ActualColumns[],
  at: string,
): Promise<void> {
  for (const slice of inBatches(list, BATCH))
    await db
      .insertInto('indicator_actuals')
      .values(slice.map((c) => actualValues(indicatorId, c, at)))
      .execute()
}

/** Updates an actual when `version` still matches: the row as saved, or undefined if not. */
export function updateActualRow(
  db: Db,
  id: number,
  version: number,
  c: ActualColumns,
  at: string,
): Promise<ActualRow | undefined> {
  return db
    .updateTable('indicator_actuals')
    .set((eb) => ({
      period: c.period,
      period_start: c.periodStart,
      period_end: c.periodEnd,
      value: c.value,
      explanation: c.explanation,
      rag: c.rag,
      version: eb('version', '+', 1),
      recorded_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

/** Sets the stored status of an actual after its indicator's plan changed. */
export async function setActualRag(db: Db, id: number, rag: Rag): Promise<void> {
  await db.updateTable('indicator_actuals').set({ rag }).where('id', '=', id).execute()
}

/** Removes one actual. */
export async function deleteActualRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('indicator_actuals').where('id', '=', id).execute()
}
