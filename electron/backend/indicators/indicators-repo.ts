import type {
  AttachTarget,
  Direction,
  Frequency,
  Indicator,
  IndicatorActual,
  IndicatorMilestone,
  Rag,
} from '../../../shared/contract'
import { assessActual, type IndicatorPlan } from '../../../shared/domain/indicator-status'
import type { Db } from '../db/connection'

interface IndicatorRow {
  id: number
  code: string
  name: string
  definition: string
  unit: string
  direction: Direction
  frequency: Frequency
  source: string
  responsible: string
  objective_id: number | null
  result_id: number | null
  library_item_id: number | null
  library_code: string | null
  baseline_value: number | null
  baseline_date: string | null
  target_value: number | null
  target_date: string | null
  version: number
  created_at: string
  updated_at: string
}

/** An actual as stored. */
export interface ActualRow {
  id: number
  indicator_id: number
  period: string
  period_start: string
  period_end: string
  value: number
  explanation: string
  rag: Rag
  version: number
  recorded_at: string
}

/** Fields of an indicator a user edits (the attachment already resolved to its columns). */
export interface IndicatorColumns {
  code: string
  name: string
  definition: string
  unit: string
  direction: Direction
  frequency: Frequency
  source: string
  responsible: string
  objectiveId: number | null
  resultId: number | null
  libraryItemId: number | null
  baselineValue: number
  baselineDate: string
  targetValue: number
  targetDate: string
}

/** Key of an attach target in the map `loadTargets` builds. */
export const targetKey = (kind: 'objective' | 'result', id: number) => `${kind}:${id}`

const SELECT_INDICATOR = `SELECT ind.*, li.code AS library_code FROM indicators ind
  LEFT JOIN library_items li ON li.id = ind.library_item_id`

function milestonesOf(db: Db, indicatorId: number): IndicatorMilestone[] {
  return db
    .prepare(
      'SELECT due_date AS date, value FROM indicator_milestones WHERE indicator_id = ? ORDER BY due_date',
    )
    .all(indicatorId) as IndicatorMilestone[]
}

function allMilestones(db: Db): Map<number, IndicatorMilestone[]> {
  const rows = db
    .prepare(
      'SELECT indicator_id, due_date AS date, value FROM indicator_milestones ORDER BY indicator_id, due_date',
    )
    .all() as (IndicatorMilestone & { indicator_id: number })[]
  const out = new Map<number, IndicatorMilestone[]>()
  for (const { indicator_id, ...m } of rows) {
    const list = out.get(indicator_id) ?? []
    list.push(m)
    out.set(indicator_id, list)
  }
  return out
}

function toIndicator(
  r: IndicatorRow,
  milestones: IndicatorMilestone[],
  targets: Map<string, AttachTarget>,
): Indicator {
  const key =
    r.objective_id !== null
      ? targetKey('objective', r.objective_id)
      : targetKey('result', r.result_id!)
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    definition: r.definition,
    unit: r.unit,
    direction: r.direction,
    frequency: r.frequency,
    source: r.source,
    responsible: r.responsible,
    // A target always exists: foreign keys keep objectives and results from vanishing under us.
    attachedTo: targets.get(key)!,
    libraryItemId: r.library_item_id,
    libraryCode: r.library_code,
    baselineValue: r.baseline_value ?? 0,
    baselineDate: r.baseline_date ?? '',
    targetValue: r.target_value ?? 0,
    targetDate: r.target_date ?? '',
    milestones,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

/** Every indicator, naturally ordered by code (I2 before I10). */
export function listIndicatorRows(db: Db, targets: Map<string, AttachTarget>): Indicator[] {
  const rows = db
    .prepare(`${SELECT_INDICATOR} WHERE ind.archived_at IS NULL`)
    .all() as IndicatorRow[]
  const milestones = allMilestones(db)
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  return rows
    .map((r) => toIndicator(r, milestones.get(r.id) ?? [], targets))
    .sort((a, b) => collator.compare(a.code, b.code))
}

/** One indicator or undefined. */
export function findIndicator(
  db: Db,
  id: number,
  targets: Map<string, AttachTarget>,
): Indicator | undefined {
  const row = db
    .prepare(`${SELECT_INDICATOR} WHERE ind.id = ? AND ind.archived_at IS NULL`)
    .get(id) as IndicatorRow | undefined
  return row && toIndicator(row, milestonesOf(db, id), targets)
}

/** The indicator holding `code` (case-insensitive), if any. */
export function findIndicatorByCode(
  db: Db,
  code: string,
): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM indicators WHERE code = ?').get(code) as
    { id: number; name: string } | undefined
}

const COLUMNS = `code = @code, name = @name, definition = @definition, unit = @unit,
  direction = @direction, frequency = @frequency, source = @source, responsible = @responsible,
  objective_id = @objectiveId, result_id = @resultId, library_item_id = @libraryItemId,
  baseline_value = @baselineValue, baseline_date = @baselineDate, target_value = @targetValue,
  target_date = @targetDate`

/** Inserts an indicator and returns its id. */
export function insertIndicator(db: Db, c: IndicatorColumns, at: string): number {
  const r = db
    .prepare(
      `INSERT INTO indicators (code, name, definition, unit, direction, frequency, source, responsible,
         objective_id, result_id, library_item_id, baseline_value, baseline_date, target_value,
         target_date, version, created_at, updated_at)
       VALUES (@code, @name, @definition, @unit, @direction, @frequency, @source, @responsible,
         @objectiveId, @resultId, @libraryItemId, @baselineValue, @baselineDate, @targetValue,
         @targetDate, 1, @at, @at)`,
    )
    .run({ ...c, at })
  return Number(r.lastInsertRowid)
}

/** Updates when `version` still matches; false when someone changed it first. */
export function updateIndicatorRow(
  db: Db,
  id: number,
  version: number,
  c: IndicatorColumns,
  at: string,
): boolean {
  const r = db
    .prepare(
      `UPDATE indicators SET ${COLUMNS}, version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version`,
    )
    .run({ ...c, id, version, at })
  return r.changes === 1
}

/** Replaces the milestones of an indicator. */
export function replaceMilestones(db: Db, indicatorId: number, list: IndicatorMilestone[]): void {
  db.prepare('DELETE FROM indicator_milestones WHERE indicator_id = ?').run(indicatorId)
  const insert = db.prepare(
    'INSERT INTO indicator_milestones (indicator_id, due_date, value) VALUES (?, ?, ?)',
  )
  for (const m of list) insert.run(indicatorId, m.date, m.value)
}

/** Removes an indicator; its milestones and actuals go with it (ON DELETE CASCADE). */
export function deleteIndicatorRow(db: Db, id: number): void {
  db.prepare('DELETE FROM indicators WHERE id = ?').run(id)
}

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
export function actualRowsOf(db: Db, indicatorId: number): ActualRow[] {
  return db
    .prepare('SELECT * FROM indicator_actuals WHERE indicator_id = ? ORDER BY period_end')
    .all(indicatorId) as ActualRow[]
}

/** One actual row or undefined. */
export function findActualRow(db: Db, id: number): ActualRow | undefined {
  return db.prepare('SELECT * FROM indicator_actuals WHERE id = ?').get(id) as ActualRow | undefined
}

/** The actual of an indicator for a period, if recorded. */
export function findActualByPeriod(
  db: Db,
  indicatorId: number,
  period: string,
): ActualRow | undefined {
  return db
    .prepare('SELECT * FROM indicator_actuals WHERE indicator_id = ? AND period = ?')
    .get(indicatorId, period) as ActualRow | undefined
}

/** Latest two actuals of every indicator plus counts, for the lists. */
export function latestActualRows(db: Db): {
  latest: Map<number, ActualRow[]>
  counts: Map<number, { total: number; unexplainedRed: number }>
} {
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT a.*, ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY period_end DESC) AS rn
         FROM indicator_actuals a)
       WHERE rn <= 2 ORDER BY indicator_id, rn`,
    )
    .all() as (ActualRow & { rn: number })[]
  const latest = new Map<number, ActualRow[]>()
  for (const { rn: _rn, ...r } of rows) {
    const list = latest.get(r.indicator_id) ?? []
    list.push(r)
    latest.set(r.indicator_id, list)
  }
  const countRows = db
    .prepare(
      `SELECT indicator_id, count(*) AS total,
              sum(rag = 'red' AND explanation = '') AS unexplained_red
       FROM indicator_actuals GROUP BY indicator_id`,
    )
    .all() as { indicator_id: number; total: number; unexplained_red: number }[]
  const counts = new Map(
    countRows.map((c) => [c.indicator_id, { total: c.total, unexplainedRed: c.unexplained_red }]),
  )
  return { latest, counts }
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

/** Prepared once per call site so imports of thousands of rows stay fast. */
export function actualInserter(
  db: Db,
): (indicatorId: number, c: ActualColumns, at: string) => number {
  const stmt = db.prepare(
    `INSERT INTO indicator_actuals (indicator_id, period, period_start, period_end, value,
       explanation, rag, version, recorded_at)
     VALUES (@indicatorId, @period, @periodStart, @periodEnd, @value, @explanation, @rag, 1, @at)`,
  )
  return (indicatorId, c, at) => Number(stmt.run({ ...c, indicatorId, at }).lastInsertRowid)
}

/** Updates an actual when `version` still matches. */
export function updateActualRow(
  db: Db,
  id: number,
  version: number,
  c: ActualColumns,
  at: string,
): boolean {
  const r = db
    .prepare(
      `UPDATE indicator_actuals SET period = @period, period_start = @periodStart,
         period_end = @periodEnd, value = @value, explanation = @explanation, rag = @rag,
         version = version + 1, recorded_at = @at
       WHERE id = @id AND version = @version`,
    )
    .run({ ...c, id, version, at })
  return r.changes === 1
}

/** Sets the stored status of an actual after its indicator's plan changed. */
export function setActualRag(db: Db, id: number, rag: Rag): void {
  db.prepare('UPDATE indicator_actuals SET rag = ? WHERE id = ?').run(rag, id)
}

/** Removes one actual. */
export function deleteActualRow(db: Db, id: number): void {
  db.prepare('DELETE FROM indicator_actuals WHERE id = ?').run(id)
}
