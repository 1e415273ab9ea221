/** Which way a factor moved between two assessments or survey waves. */
export type ChangeDirection = 'up' | 'down' | 'same' | 'not_comparable'

/** One factor compared between an earlier and a later value. */
export interface FactorChange {
  factorItemId: number
  before: number | null
  after: number | null
  /** after − before, rounded to one decimal; null when either side has no value. */
  change: number | null
  direction: ChangeDirection
}

/**
 * Compares the value of each factor in `factorIds` between an earlier and a later record
 * (ratings of two self-assessments, scores of two survey waves). A factor without a value on
 * either side is "not comparable", never a change from or to zero. Higher is better for both
 * the rating scales and the perception indices Capstan uses.
 */
export function compareByFactor(
  before: ReadonlyMap<number, number | null>,
  after: ReadonlyMap<number, number | null>,
  factorIds: readonly number[],
): FactorChange[] {
  return factorIds.map((factorItemId) => {
    const b = before.get(factorItemId) ?? null
    const a = after.get(factorItemId) ?? null
    if (a === null || b === null) {
      return { factorItemId, before: b, after: a, change: null, direction: 'not_comparable' }
    }
    const change = Math.round((a - b) * 10) / 10
    const direction: ChangeDirection = change > 0 ? 'up' : change < 0 ? 'down' : 'same'
    return { factorItemId, before: b, after: a, change, direction }
  })
}

/** A dated record holding values per factor (an assessment's ratings, a wave's scores). */
export interface DatedValues {
  id: number
  /** YYYY-MM-DD. */
  date: string
  values: ReadonlyMap<number, number | null>
}

/** The latest and the one before it that gave a factor a value. */
export interface LatestValue {
  recordId: number
  date: string
  value: number
  /** The value in the previous record that rated the factor, if any. */
  previous: number | null
}

/**
 * For one factor, the most recent record (by date, then by id for the same date) that gives it a
 * value, and the value of the record before that one. Records that left the factor unrated are
 * skipped, so a partial later record does not hide an earlier rating.
 */
export function latestValue(
  records: readonly DatedValues[],
  factorItemId: number,
): LatestValue | null {
  const scored = records
    .filter((r) => (r.values.get(factorItemId) ?? null) !== null)
    .sort((x, y) => (x.date === y.date ? y.id - x.id : y.date.localeCompare(x.date)))
  const [latest, previous] = scored
  if (!latest) return null
  return {
    recordId: latest.id,
    date: latest.date,
    value: latest.values.get(factorItemId)!,
    previous: previous ? previous.values.get(factorItemId)! : null,
  }
}
