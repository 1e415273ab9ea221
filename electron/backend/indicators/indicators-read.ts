// What other domains may read of the indicators domain's tables (`indicators`,
// `indicator_milestones`, `indicator_actuals`). Plain domain objects, never raw rows; the same
// results on SQLite and PostgreSQL. Archived indicators are left out unless a function says so.
import type { Rag } from '../../../shared/domain/rag'
import { inBatches } from '../db/batches'
import type { Db } from '../db/database'
import { codeCollator } from './indicators-repo'

/** An indicator as a choice in another domain's form (e.g. an integrity action's link). */
export interface IndicatorOption {
  id: number
  code: string
  name: string
}

/** What an indicator hangs on: an objective, or an outcome or output (a plan result). */
export interface IndicatorAttachment {
  kind: 'objective' | 'result'
  id: number
}

/** An indicator's planned path, as the strategic plan document shows it. */
export interface IndicatorPlanSummary {
  id: number
  code: string
  name: string
  attachedTo: IndicatorAttachment
  unit: string
  baselineValue: number | null
  baselineDate: string | null
  targetValue: number | null
  targetDate: string | null
}

/** An indicator's most recent recorded value (the latest period that has a value). */
export interface IndicatorLatest {
  indicatorId: number
  code: string
  name: string
  period: string
  value: number
  rag: Rag
  explanation: string
}

// Codes compare case-insensitively, as their unique constraint does on both engines; sorting here
// rather than in SQL keeps the order independent of the PostgreSQL server's collation.
const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())
const byCode = <T extends { code: string }>(a: T, b: T, idA: number, idB: number) => {
  const x = lowerAscii(a.code)
  const y = lowerAscii(b.code)
  return x < y ? -1 : x > y ? 1 : idA - idB
}

/** Live indicators as choices, naturally ordered by code (I2 before I10). */
export async function listIndicatorOptions(db: Db): Promise<IndicatorOption[]> {
  const rows = await db
    .selectFrom('indicators')
    .select(['id', 'code', 'name'])
    .where('archived_at', 'is', null)
    .orderBy('id')
    .execute()
  return rows.sort((a, b) => codeCollator.compare(a.code, b.code) || a.id - b.id)
}

/** True when `id` names a live (not archived) indicator. */
export async function indicatorExists(db: Db, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('indicators')
    .select('id')
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Code and name of each indicator among `ids` that exists, archived ones included (a record that
 * links to an indicator still shows what it linked to).
 */
export async function indicatorLabels(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, { code: string; name: string }>> {
  const unique = [...new Set(ids)]
  const out = new Map<number, { code: string; name: string }>()
  for (const batch of inBatches(unique, 500)) {
    const rows = await db
      .selectFrom('indicators')
      .select(['id', 'code', 'name'])
      .where('id', 'in', batch)
      .execute()
    for (const r of rows) out.set(r.id, { code: r.code, name: r.name })
  }
  return out
}

/**
 * How many indicators hang on an objective or a result: live ones only, or (`includeArchived`)
 * every row whose foreign key points there, as a delete of the target would be refused for.
 */
export async function countIndicatorsOn(
  db: Db,
  target: IndicatorAttachment,
  opts: { includeArchived?: boolean } = {},
): Promise<number> {
  let q = db
    .selectFrom('indicators')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(target.kind === 'objective' ? 'objective_id' : 'result_id', '=', target.id)
  if (!opts.includeArchived) q = q.where('archived_at', 'is', null)
  const { n } = await q.executeTakeFirstOrThrow()
  return Number(n)
}

/** Live indicators with their planned path, by code (case-insensitive). */
export async function listIndicatorPlans(db: Db): Promise<IndicatorPlanSummary[]> {
  const rows = await db
    .selectFrom('indicators')
    .select([
      'id',
      'code',
      'name',
      'objective_id',
      'result_id',
      'unit',
      'baseline_value',
      'baseline_date',
      'target_value',
      'target_date',
    ])
    .where('archived_at', 'is', null)
    .orderBy('id')
    .execute()
  return rows
    .sort((a, b) => byCode(a, b, a.id, b.id))
    .map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      attachedTo:
        r.objective_id !== null
          ? { kind: 'objective' as const, id: r.objective_id }
          : { kind: 'result' as const, id: r.result_id! },
      unit: r.unit,
      baselineValue: r.baseline_value,
      baselineDate: r.baseline_date,
      targetValue: r.target_value,
      targetDate: r.target_date,
    }))
}

/**
 * The latest value of every live indicator that has one, by code (case-insensitive); `rags`
 * keeps only those whose latest value has one of these statuses. One look-up per indicator
 * along the index on (indicator_id, period_end).
 */
export async function latestActuals(
  db: Db,
  opts: { rags?: readonly Rag[] } = {},
): Promise<IndicatorLatest[]> {
  if (opts.rags && opts.rags.length === 0) return []
  let q = db
    .selectFrom('indicators as i')
    .innerJoin('indicator_actuals as x', (join) =>
      join.on((eb) =>
        eb(
          'x.id',
          '=',
          eb
            .selectFrom('indicator_actuals as y')
            .select('y.id')
            .whereRef('y.indicator_id', '=', 'i.id')
            .orderBy('y.period_end', 'desc')
            .orderBy('y.id', 'desc')
            .limit(1),
        ),
      ),
    )
    .select([
      'i.id as indicator_id',
      'i.code',
      'i.name',
      'x.period',
      'x.value',
      'x.rag',
      'x.explanation',
    ])
    .where('i.archived_at', 'is', null)
  if (opts.rags) q = q.where('x.rag', 'in', [...opts.rags])
  const rows = await q.orderBy('i.id').execute()
  return rows
    .sort((a, b) => byCode(a, b, a.indicator_id, b.indicator_id))
    .map((r) => ({
      indicatorId: r.indicator_id,
      code: r.code,
      name: r.name,
      period: r.period,
      value: Number(r.value),
      rag: r.rag,
      explanation: r.explanation,
    }))
}

/** Indicators whose latest value is red or amber: red first, then amber, each by code. */
export async function offTrackIndicators(db: Db): Promise<IndicatorLatest[]> {
  const rows = await latestActuals(db, { rags: ['red', 'amber'] })
  return [...rows.filter((r) => r.rag === 'red'), ...rows.filter((r) => r.rag === 'amber')]
}
