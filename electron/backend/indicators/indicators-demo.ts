import { localise, type LibraryIndicator } from '../../../shared/contract'
import { assessActual, type IndicatorPlan } from '../../../shared/domain/indicator-status'
import { parsePeriod, periodsBetween, type Frequency } from '../../../shared/domain/periods'
import { plannedValue } from '../../../shared/domain/rag'
import type { ServiceContext } from '../context'
import { findObjectiveIdByCode, listResultSummaries } from '../plan/plan-read'
import { addActual } from './actuals-service'
import {
  DEMO_DATES,
  DEMO_INDICATORS,
  type DemoIndicator,
  type DemoProfile,
} from './indicators-demo-data'
import { createIndicator } from './indicators-service'
import { listLibraryIndicators } from './indicators-targets'

// Two years of monitoring: December 2024 to October 2026 for monthly indicators, 2025-Q1 to
// 2026-Q3 for quarterly ones, 2024 and 2025 for yearly ones.
const FIRST_DATE: Record<Frequency, string> = {
  monthly: '2024-12-01',
  quarterly: '2025-01-01',
  yearly: '2024-01-01',
}
const LAST_DATE: Record<Frequency, string> = {
  monthly: '2026-10-31',
  quarterly: '2026-09-30',
  yearly: '2025-12-31',
}

/** A small deterministic generator, so every demo folder holds the same numbers. */
function seededNoise(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    // Sum of three uniforms: roughly bell-shaped in [-1.5, 1.5].
    const u = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0
      return s / 2 ** 32 - 0.5
    }
    return u() + u() + u()
  }
}

// Share of the planned progress achieved at step i of n (0 = first period).
function share(profile: DemoProfile, i: number, n: number, noise: number): number {
  const late = i / Math.max(n - 1, 1)
  switch (profile) {
    case 'ahead':
      return 1.08 + noise * 0.05
    case 'amber':
      return 0.9 + noise * 0.07
    case 'slipping':
      return late < 0.5 ? 1.02 + noise * 0.04 : 0.95 - (late - 0.5) * 1.1 + noise * 0.04
    case 'red':
      return 0.4 + noise * 0.08
    case 'outages':
      return 1.05 + noise * 0.04
  }
}

const OUTAGE_PERIODS = new Set(['2025-03', '2025-11', '2026-08'])

interface Place {
  kind: 'objective' | 'result'
  id: number
}

// The plan demo may or may not have built outcomes and outputs: look, never assume.
async function placeFor(ctx: ServiceContext, d: DemoIndicator): Promise<Place | null> {
  const objectiveId = await findObjectiveIdByCode(ctx.db, d.objective)
  if (objectiveId === undefined) return null
  if (d.result) {
    const results = await listResultSummaries(ctx.db, { objectiveId })
    const match = results.find((r) => d.result!.test(r.statement))
    if (match) return { kind: 'result', id: match.id }
  }
  return { kind: 'objective', id: objectiveId }
}

const round = (v: number, decimals: number) => Number(v.toFixed(decimals))

function createDemoIndicator(
  ctx: ServiceContext,
  d: DemoIndicator,
  place: Place,
  library: LibraryIndicator | undefined,
) {
  return createIndicator(ctx, {
    attachedTo: place,
    libraryItemId: library?.id ?? null,
    code: d.code,
    name: library ? localise(library.name, 'en') : d.name,
    definition: library ? localise(library.definition, 'en') : (d.definition ?? ''),
    unit: d.unit,
    direction: library?.direction ?? d.direction,
    frequency: d.frequency,
    source: d.source,
    responsible: d.responsible,
    baselineValue: d.baseline,
    baselineDate: DEMO_DATES.baseline,
    targetValue: d.target,
    targetDate: DEMO_DATES.target,
    milestones: d.milestones.map((value, i) => ({ date: DEMO_DATES.milestones[i]!, value })),
  })
}

async function recordDemoActuals(
  ctx: ServiceContext,
  d: DemoIndicator,
  plan: IndicatorPlan & { id: number },
  seed: number,
) {
  const today = ctx.now().slice(0, 10)
  const noise = seededNoise(seed)
  const path = [
    { date: plan.baselineDate, value: plan.baselineValue },
    ...plan.milestones,
    { date: plan.targetDate, value: plan.targetValue },
  ]
  const periods = periodsBetween(FIRST_DATE[d.frequency], LAST_DATE[d.frequency], d.frequency)
  let explained = 0
  for (const [i, period] of periods.entries()) {
    const bounds = parsePeriod(period, d.frequency)!
    if (bounds.end > today) continue
    const planned = plannedValue(path, bounds.end)!
    let s = share(d.profile, i, periods.length, noise())
    if (d.profile === 'outages' && OUTAGE_PERIODS.has(period)) s = -3 - noise()
    const value = round(d.baseline + s * (planned - d.baseline), d.decimals)
    const rag = assessActual(plan, period, value)!.rag
    const reasons = d.explanations ?? []
    // Red always carries a reason (the rule); amber sometimes does, as careful officers write one.
    const explain = rag === 'red' || (rag === 'amber' && reasons.length > 0 && i % 3 === 0)
    const explanation = explain && reasons.length ? reasons[explained++ % reasons.length]! : ''
    await addActual(ctx, {
      indicatorId: plan.id,
      period,
      value,
      explanation:
        rag === 'red' && !explanation
          ? 'Below plan; the responsible unit is reviewing the causes.'
          : explanation,
    })
  }
}

/** Adds the indicators part of the demo administration (runs inside the demo's transaction). */
export async function seedIndicatorsDemo(ctx: ServiceContext): Promise<void> {
  const library = new Map((await listLibraryIndicators(ctx.db)).map((l) => [l.code, l]))
  for (const [n, d] of DEMO_INDICATORS.entries()) {
    const place = await placeFor(ctx, d)
    if (!place) continue
    const indicator = await createDemoIndicator(
      ctx,
      d,
      place,
      d.library ? library.get(d.library) : undefined,
    )
    await recordDemoActuals(ctx, d, indicator, 7919 * (n + 1))
  }
}
