import type { IndicatorDetail, Rag } from '../../../../shared/contract'

/** A point of the planned path: baseline, a milestone or the target. */
export interface PlanChartPoint {
  t: number
  date: string
  value: number
  kind: 'baseline' | 'milestone' | 'target'
}

/** An actual, placed at the last day of its period. */
export interface ActualChartPoint {
  t: number
  date: string
  period: string
  value: number
  planned: number
  rag: Rag
}

/** What the trend chart and its table show. */
export interface ChartData {
  planned: PlanChartPoint[]
  actual: ActualChartPoint[]
  domain: [number, number]
  /** 1 January of every year in the domain, for the time axis. */
  yearTicks: number[]
}

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

/**
 * The planned path drawn straight between baseline, milestones and target is exactly what RAG
 * compares with (plannedValue interpolates linearly in time), so the chart shows the real rule.
 */
export function chartData({ indicator, actuals }: IndicatorDetail): ChartData {
  const planned: PlanChartPoint[] = [
    { date: indicator.baselineDate, value: indicator.baselineValue, kind: 'baseline' as const },
    ...indicator.milestones.map((m) => ({ ...m, kind: 'milestone' as const })),
    { date: indicator.targetDate, value: indicator.targetValue, kind: 'target' as const },
  ].map((p) => ({ ...p, t: time(p.date) }))
  const actual = actuals.map((a) => ({
    t: time(a.periodEnd),
    date: a.periodEnd,
    period: a.period,
    value: a.value,
    planned: a.planned,
    rag: a.rag,
  }))
  const all = [...planned.map((p) => p.t), ...actual.map((a) => a.t)]
  const domain: [number, number] = [Math.min(...all), Math.max(...all)]
  const firstYear = new Date(domain[0]).getUTCFullYear()
  const lastYear = new Date(domain[1]).getUTCFullYear()
  const yearTicks: number[] = []
  for (let y = firstYear; y <= lastYear; y++) {
    const t = Date.UTC(y, 0, 1)
    if (t >= domain[0] && t <= domain[1]) yearTicks.push(t)
  }
  return { planned, actual, domain, yearTicks }
}
