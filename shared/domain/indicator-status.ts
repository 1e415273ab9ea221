import { byteOrder } from './byte-order'
import { parsePeriod, type Frequency } from './periods'
import { plannedValue, ragStatus, type Direction, type PlanPoint, type Rag } from './rag'

/** What RAG needs to know about an indicator: its direction and its planned path. */
export interface IndicatorPlan {
  direction: Direction
  frequency: Frequency
  baselineValue: number
  baselineDate: string
  targetValue: number
  targetDate: string
  milestones: readonly PlanPoint[]
}

/** The planned path, baseline → milestones → target, in date order. */
export function planPath(plan: IndicatorPlan): PlanPoint[] {
  return [
    { date: plan.baselineDate, value: plan.baselineValue },
    ...plan.milestones,
    { date: plan.targetDate, value: plan.targetValue },
  ].sort((a, b) => byteOrder(a.date, b.date))
}

/** An actual judged against the plan: the value planned at the period's end and the status. */
export interface ActualAssessment {
  periodEnd: string
  planned: number
  rag: Rag
}

/**
 * Judges `value` for `period` against the value planned for the period's last day, respecting the
 * indicator's direction (thresholds in rag.ts, explained in docs/indicators.md). Null when the
 * period is not one of the indicator's frequency.
 */
export function assessActual(
  plan: IndicatorPlan,
  period: string,
  value: number | null,
): ActualAssessment | null {
  const bounds = parsePeriod(period, plan.frequency)
  if (!bounds) return null
  const planned = plannedValue(planPath(plan), bounds.end)!
  return {
    periodEnd: bounds.end,
    planned,
    rag: ragStatus({
      actual: value,
      planned,
      baseline: plan.baselineValue,
      direction: plan.direction,
    }),
  }
}

/** Red values need a written explanation before they are saved. */
export const needsExplanation = (rag: Rag): boolean => rag === 'red'

/** Which way the latest value moved, and whether that is the good way for this indicator. */
export interface Trend {
  movement: 'up' | 'down' | 'flat'
  /** True when the movement is an improvement, false when a deterioration, null when flat. */
  improving: boolean | null
}

/** The trend from the previous actual to the latest one; null when there are fewer than two. */
export function trendOf(
  latest: number | null | undefined,
  previous: number | null | undefined,
  direction: Direction,
): Trend | null {
  if (latest === null || latest === undefined || previous === null || previous === undefined)
    return null
  // Differences smaller than a millionth of the values are rounding, not movement.
  const scale = Math.max(Math.abs(latest), Math.abs(previous), 1)
  if (Math.abs(latest - previous) <= scale * 1e-6) return { movement: 'flat', improving: null }
  const movement = latest > previous ? 'up' : 'down'
  const improving = (movement === 'up') === (direction === 'higher_is_better')
  return { movement, improving }
}

/** How urgent a status is: red first, then amber, grey (no data) and green. */
export const RAG_SEVERITY: Record<Rag, number> = { red: 0, amber: 1, grey: 2, green: 3 }

/** Indicators whose latest value is red or amber, red first, then by code. */
export function offTrack<T extends { status: Rag; code: string }>(indicators: readonly T[]): T[] {
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  return indicators
    .filter((i) => i.status === 'red' || i.status === 'amber')
    .sort(
      (a, b) => RAG_SEVERITY[a.status] - RAG_SEVERITY[b.status] || collator.compare(a.code, b.code),
    )
}
