import { sql, type ExpressionBuilder, type Selectable } from 'kysely'
import type {
  AttachTarget,
  Direction,
  Frequency,
  Indicator,
  IndicatorMilestone,
} from '../../../shared/contract'
import { inBatches } from '../db/batches'
import type { Database, Db } from '../db/database'
import { libraryItem, libraryItemsByIds } from '../packs/packs-read'
import type { ActualRow } from './actuals-repo'
import type { IndicatorsTable } from './indicators-tables'

type IndicatorRow = Selectable<IndicatorsTable>

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

/** Compares indicator codes naturally (I2 before I10), ignoring case. */
export const codeCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

// Rows and ids per statement, well below both engines' limits on bound parameters.
const BATCH = 500

function milestonesOf(db: Db, indicatorId: number): Promise<IndicatorMilestone[]> {
  return db
    .selectFrom('indicator_milestones')
    .select(['due_date as date', 'value'])
    .where('indicator_id', '=', indicatorId)
    .orderBy('due_date')
    .execute()
}

async function allMilestones(db: Db): Promise<Map<number, IndicatorMilestone[]>> {
  const rows = await db
    .selectFrom('indicator_milestones')
    .select(['indicator_id', 'due_date as date', 'value'])
    .orderBy('indicator_id')
    .orderBy('due_date')
    .execute()
  const out = new Map<number, IndicatorMilestone[]>()
  for (const { indicator_id, ...m } of rows) {
    const list = out.get(indicator_id) ?? []
    list.push(m)
    out.set(indicator_id, list)
  }
  return out
}

function toIndicator(
  r: Omit<IndicatorRow, 'archived_at'>,
  libraryCode: string | null,
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
    libraryCode,
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

/** An indicator as the lists show it: with its latest actual, the value before it and counts. */
export interface ListedIndicator {
  indicator: Indicator
  /** The latest actual (by period end, then id), or null when none is recorded. */
  latest: ActualRow | null
  /** The value of the actual before the latest, or null. */
  previousValue: number | null
  actualCount: number
  unexplainedRed: number
}

/**
 * Every live indicator with its latest actual, the value before it and its counts, naturally
 * ordered by code (I2 before I10). The latest and previous actual come from one look-up per
 * indicator along the index on (indicator_id, period_end), never a pass over all actuals; the
 * counts from that index too, and one filtered pass for red values still unexplained.
 */
export async function listIndicatorRows(
  db: Db,
  targets: Map<string, AttachTarget>,
): Promise<ListedIndicator[]> {
  const latestOf = (eb: ExpressionBuilder<Database & { i: IndicatorsTable }, 'i'>) =>
    eb
      .selectFrom('indicator_actuals as x')
      .whereRef('x.indicator_id', '=', 'i.id')
      .orderBy('x.period_end', 'desc')
      .orderBy('x.id', 'desc')
      .limit(1)
  const rows = await db
    .selectFrom('indicators as i')
    .select((eb) => [
      'i.id',
      'i.code',
      'i.name',
      'i.definition',
      'i.unit',
      'i.direction',
      'i.frequency',
      'i.source',
      'i.responsible',
      'i.objective_id',
      'i.result_id',
      'i.library_item_id',
      'i.baseline_value',
      'i.baseline_date',
      'i.target_value',
      'i.target_date',
      'i.version',
      'i.created_at',
      'i.updated_at',
      latestOf(eb).select('x.id').as('latest_id'),
      latestOf(eb).select('x.value').offset(1).as('previous_value'),
    ])
    .where('i.archived_at', 'is', null)
    .orderBy('i.id')
    .execute()
  // Fetched by id rather than joined: PostgreSQL would hash every actual to join them.
  const latest = new Map<number, ActualRow>()
  const latestIds = rows.flatMap((r) => (r.latest_id === null ? [] : [r.latest_id]))
  for (const slice of inBatches(latestIds, BATCH)) {
    const found = await db
      .selectFrom('indicator_actuals')
      .selectAll()
      .where('id', 'in', slice)
      .execute()
    for (const a of found) latest.set(a.id, a)
  }
  const countRows = await db
    .selectFrom('indicator_actuals')
    .select((eb) => ['indicator_id', eb.fn.countAll<number>().as('total')])
    .groupBy('indicator_id')
    .execute()
  const counts = new Map(countRows.map((c) => [c.indicator_id, Number(c.total)]))
  // Unexplained red values are the exception: few rows, found through their partial index
  // (migration 010), which the engines only use when the condition is written as literals.
  const redRows = await db
    .selectFrom('indicator_actuals')
    .select('indicator_id')
    .where('rag', '=', sql.lit('red'))
    .where('explanation', '=', sql.lit(''))
    .execute()
  const unexplained = new Map<number, number>()
  for (const r of redRows)
    unexplained.set(r.indicator_id, (unexplained.get(r.indicator_id) ?? 0) + 1)
  const milestones = await allMilestones(db)
  const items = await libraryItemsByIds(
    db,
    rows.flatMap((r) => (r.library_item_id === null ? [] : [r.library_item_id])),
  )
  return rows
    .map((r): ListedIndicator => ({
      indicator: toIndicator(
        r,
        r.library_item_id === null ? null : (items.get(r.library_item_id)?.code ?? null),
        milestones.get(r.id) ?? [],
        targets,
      ),
      latest: (r.latest_id !== null && latest.get(r.latest_id)) || null,
      previousValue: r.previous_value ?? null,
      actualCount: counts.get(r.id) ?? 0,
      unexplainedRed: unexplained.get(r.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        codeCollator.compare(a.indicator.code, b.indicator.code) || a.indicator.id - b.indicator.id,
    )
}

/** One indicator or undefined. */
export async function findIndicator(
  db: Db,
  id: number,
  targets: Map<string, AttachTarget>,
): Promise<Indicator | undefined> {
  const row = await db
    .selectFrom('indicators')
    .selectAll()
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst()
  if (!row) return undefined
  const item = row.library_item_id === null ? undefined : await libraryItem(db, row.library_item_id)
  const libraryCode = item?.code ?? null
  return toIndicator(row, libraryCode, await milestonesOf(db, id), targets)
}

/** What recording, judging and showing an actual needs of its indicator. */
export type IndicatorOfActuals = Pick<
  Indicator,
  | 'id'
  | 'code'
  | 'unit'
  | 'direction'
  | 'frequency'
  | 'baselineValue'
  | 'baselineDate'
  | 'targetValue'
  | 'targetDate'
  | 'milestones'
>

/**
 * One live indicator's code, unit and plan, or undefined: what `findIndicator` gives of these,
 * without numbering the attach targets or reading the library item.
 */
export async function findIndicatorOfActuals(
  db: Db,
  id: number,
): Promise<IndicatorOfActuals | undefined> {
  const r = await db
    .selectFrom('indicators')
    .select([
      'id',
      'code',
      'unit',
      'direction',
      'frequency',
      'baseline_value',
      'baseline_date',
      'target_value',
      'target_date',
    ])
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst()
  if (!r) return undefined
  return {
    id: r.id,
    code: r.code,
    unit: r.unit,
    direction: r.direction,
    frequency: r.frequency,
    baselineValue: r.baseline_value ?? 0,
    baselineDate: r.baseline_date ?? '',
    targetValue: r.target_value ?? 0,
    targetDate: r.target_date ?? '',
    milestones: await milestonesOf(db, id),
  }
}

/** The indicator holding `code` (case-insensitive), if any. */
export function findIndicatorByCode(
  db: Db,
  code: string,
): Promise<{ id: number; name: string } | undefined> {
  return db
    .selectFrom('indicators')
    .select(['id', 'name'])
    .where((eb) => eb(eb.fn('lower', ['code']), '=', eb.fn('lower', [eb.val(code)])))
    .executeTakeFirst()
}

const columnsOf = (c: IndicatorColumns) => ({
  code: c.code,
  name: c.name,
  definition: c.definition,
  unit: c.unit,
  direction: c.direction,
  frequency: c.frequency,
  source: c.source,
  responsible: c.responsible,
  objective_id: c.objectiveId,
  result_id: c.resultId,
  library_item_id: c.libraryItemId,
  baseline_value: c.baselineValue,
  baseline_date: c.baselineDate,
  target_value: c.targetValue,
  target_date: c.targetDate,
})

/** Inserts an indicator and returns its id. */
export async function insertIndicator(db: Db, c: IndicatorColumns, at: string): Promise<number> {
  const r = await db
    .insertInto('indicators')
    .values({ ...columnsOf(c), version: 1, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** Updates when `version` still matches; false when someone changed it first. */
export async function updateIndicatorRow(
  db: Db,
  id: number,
  version: number,
  c: IndicatorColumns,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('indicators')
    .set((eb) => ({ ...columnsOf(c), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Replaces the milestones of an indicator. */
export async function replaceMilestones(
  db: Db,
  indicatorId: number,
  list: IndicatorMilestone[],
): Promise<void> {
  await db.deleteFrom('indicator_milestones').where('indicator_id', '=', indicatorId).execute()
  if (list.length === 0) return
  await db
    .insertInto('indicator_milestones')
    .values(list.map((m) => ({ indicator_id: indicatorId, due_date: m.date, value: m.value })))
    .execute()
}

/** Removes an indicator; its milestones and actuals go with it (ON DELETE CASCADE). */
export async function deleteIndicatorRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('indicators').where('id', '=', id).execute()
}
