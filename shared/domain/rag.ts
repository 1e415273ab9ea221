import { byteOrder } from './byte-order'

/** Red / amber / green, or grey when there is nothing to compare. */
export type Rag = 'green' | 'amber' | 'red' | 'grey'

/** Which way is better. */
export type Direction = 'higher_is_better' | 'lower_is_better'

/** A dated value on an indicator's path: baseline, milestones, target. */
export interface PlanPoint {
  date: string
  value: number
}

/**
 * Share of the planned progress an actual must reach to count as amber rather than red.
 * Documented in docs/indicators.md: green when the actual meets or beats the value planned for the
 * period; amber when it achieves at least 80 % of the planned change from the baseline; red below.
 */
export const AMBER_THRESHOLD = 0.8

/**
 * The value planned for a date: linear between the surrounding points of baseline → milestones →
 * target; before the first point, the first value; after the last, the last value.
 */
export function plannedValue(points: readonly PlanPoint[], date: string): number | null {
  const sorted = [...points].sort((a, b) => byteOrder(a.date, b.date))
  if (sorted.length === 0) return null
  if (date <= sorted[0]!.date) return sorted[0]!.value
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!
    const b = sorted[i]!
    if (date <= b.date) {
      const span = days(a.date, b.date)
      const t = span === 0 ? 1 : days(a.date, date) / span
      return a.value + (b.value - a.value) * t
    }
  }
  return sorted.at(-1)!.value
}

// Days since 1970 of a YYYY-MM-DD date, read by position (Date.parse on a built string costs more).
const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
  86_400_000

function days(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/**
 * RAG for an actual against the planned value, respecting direction. With a baseline, progress is
 * measured as the share of the planned change achieved; without one, against the planned value.
 */
export function ragStatus(input: {
  actual: number | null | undefined
  planned: number | null | undefined
  baseline?: number | null
  direction: Direction
}): Rag {
  const { actual, planned, direction } = input
  if (actual === null || actual === undefined || planned === null || planned === undefined)
    return 'grey'
  const better = direction === 'higher_is_better' ? actual >= planned : actual <= planned
  if (better) return 'green'
  const baseline = input.baseline
  const sign = direction === 'higher_is_better' ? 1 : -1
  let achieved: number
  if (baseline !== null && baseline !== undefined && planned !== baseline) {
    achieved = ((actual - baseline) * sign) / ((planned - baseline) * sign)
  } else if (planned !== 0) {
    achieved = direction === 'higher_is_better' ? actual / planned : planned / actual
  } else {
    return 'red'
  }
  if (!Number.isFinite(achieved)) return 'red'
  return achieved >= AMBER_THRESHOLD ? 'amber' : 'red'
}
