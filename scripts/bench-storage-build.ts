// The "ten times the demo" administration for `npm run bench` (scripts/bench-storage.ts), built
// through the channels (validation, services, audit), never by inserting rows: the demo, then
// (scale − 1) synthetic units, each an objective with its outcomes, outputs and activities (with
// progress updates), risks re-rated over the years, and quarterly indicators with their actuals.
// At scale 10 that is ~2,000 activities, 1,000 risks (~7,300 re-ratings), 500 indicators
// (~11,700 actuals) and ~30,000 audit entries. Also the channels the benchmark times (probesOf).
import {
  RISK_CATEGORIES,
  riskUpdateInput,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type IndicatorActual,
  type RiskRegister,
} from '../shared/contract'
import type { Backend } from '../electron/backend/backend'
import { seedDemo } from '../electron/backend/demo/demo-seed'
import { dataTables, rowCount } from '../electron/backend/system/status'
import { activity, activityInput } from '../test/backend/plan-fixtures'

/** Totals at scale 10 minus what the demo already holds, spread over the 9 synthetic units. */
const EXTRA_AT_TEN = { activities: 1940, risks: 960, indicators: 480 }
const OUTCOMES = 4
const OUTPUTS_PER_OUTCOME = 3
const PROGRESS_UPDATES = [10, 30, 50, 70]
/** Re-rating dates, half a year apart; a risk gets 7 or 8 of them (all before today). */
const RATED_ON = ['2022-07', '2023-01', '2023-07', '2024-01', '2024-07', '2025-01', '2025-07']
  .map((m) => `${m}-15`)
  .concat('2026-01-15')
/** Quarters 2020-Q4 … 2026-Q3: 24 ended periods per indicator. */
const QUARTERS = ['2020-Q4'].concat(
  ...[2021, 2022, 2023, 2024, 2025, 2026].map((y) =>
    [1, 2, 3, 4].filter((q) => y < 2026 || q < 4).map((q) => `${y}-Q${q}`),
  ),
)

/** Calls a channel through the backend and returns its value; throws on any refusal. */
export async function must<K extends ChannelName>(
  b: Backend,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const r = await b.invoke(channel, input)
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}: ${r.error.message}`)
  return r.value as ChannelOutput<K>
}

/** The share of `total` that unit `u` (0-based) of `units` gets, so the shares add up exactly. */
const share = (total: number, u: number, units: number) =>
  Math.round(((u + 1) * total) / units) - Math.round((u * total) / units)

async function planPart(b: Backend, u: number) {
  const objective = await must(b, 'objectives:create', {
    code: `SX${u + 1}`,
    title: `Synthetic objective ${u + 1}`,
    owner: `Director ${u + 1}`,
    status: 'active',
  })
  const outcomes: number[] = []
  const outputs: number[] = []
  for (let o = 0; o < OUTCOMES; o++) {
    const outcome = await must(b, 'plan:createResult', {
      level: 'outcome',
      parentId: objective.id,
      statement: `Outcome ${u + 1}.${o + 1}: processing times fall`,
      owner: 'Head of Unit',
    })
    outcomes.push(outcome.id)
    for (let p = 0; p < OUTPUTS_PER_OUTCOME; p++) {
      const output = await must(b, 'plan:createResult', {
        level: 'output',
        parentId: outcome.id,
        statement: `Output ${u + 1}.${o + 1}.${p + 1}: procedure in use`,
        owner: 'Team leader',
      })
      outputs.push(output.id)
    }
  }
  const activities = share(EXTRA_AT_TEN.activities, u % 9, 9)
  for (let a = 0; a < activities; a++) {
    const month = String(7 + (a % 6)).padStart(2, '0')
    let act = await must(
      b,
      'plan:createActivity',
      activity(outputs[a % outputs.length]!, `Synthetic activity ${u + 1}-${a + 1}`, {
        owner: `Officer ${a % 17}`,
        responsibleUnit: `Unit ${a % 5}`,
        plannedStart: `2026-${month}-01`,
        plannedEnd: `2027-${month}-28`,
        description: 'Workshops, guidance and on-the-job coaching for the officers concerned.',
      }),
    )
    for (const percent of PROGRESS_UPDATES) {
      act = await must(b, 'plan:updateActivity', {
        ...activityInput(act),
        status: 'in_progress',
        actualStart: `2026-${month}-03`,
        percentComplete: percent,
      })
    }
  }
  return { objectiveId: objective.id, outcomes }
}

async function risksPart(b: Backend, u: number, objectiveId: number) {
  const count = share(EXTRA_AT_TEN.risks, u % 9, 9)
  for (let r = 0; r < count; r++) {
    const input: ChannelInput<'risks:create'> = {
      title: `Synthetic risk ${u + 1}-${r + 1}: key staff leave before the reform is embedded`,
      cause: 'Better pay elsewhere in the public sector.',
      consequence: 'New procedures lapse and the training must be repeated.',
      category: RISK_CATEGORIES[r % RISK_CATEGORIES.length]!,
      scopeType: 'objective',
      scopeId: objectiveId,
      owner: `Risk owner ${r % 11}`,
      raisedOn: '2022-01-10',
      inherentLikelihood: 4,
      inherentImpact: 4,
      existingControls: 'Retention allowance; handover notes.',
      residualLikelihood: 3,
      residualImpact: 3,
    }
    let risk = await must(b, 'risks:create', input)
    const ratings = RATED_ON.slice((u + r) % 2) // 8 or 7 re-ratings, alternately
    for (const [i, ratedOn] of ratings.entries()) {
      risk = await must(b, 'risks:update', {
        ...input,
        id: risk.id,
        version: risk.version,
        residualLikelihood: 2 + (i % 2),
        residualImpact: 2 + ((i >> 1) % 2),
        ratingReason: `Half-yearly review ${i + 1}: controls tested, exposure re-assessed.`,
        ratedOn,
      })
    }
  }
}

async function indicatorsPart(b: Backend, u: number, outcomes: number[]) {
  const count = share(EXTRA_AT_TEN.indicators, u % 9, 9)
  for (let i = 0; i < count; i++) {
    const indicator = await must(b, 'indicators:create', {
      attachedTo: { kind: 'result', id: outcomes[i % outcomes.length]! },
      code: `SX${u + 1}-${i + 1}`,
      name: `Synthetic indicator ${u + 1}-${i + 1}: share of declarations cleared in 24 h`,
      definition: 'Declarations released within 24 hours of lodgement, as a share of all.',
      unit: '%',
      direction: 'higher_is_better',
      frequency: 'quarterly',
      source: 'Clearance system',
      responsible: 'Statistics unit',
      baselineValue: 50,
      baselineDate: '2020-09-30',
      targetValue: 90,
      targetDate: '2029-06-30',
      milestones: [{ date: '2024-12-31', value: 70 }],
    })
    for (const [q, period] of QUARTERS.entries()) {
      await must(b, 'indicators:addActual', {
        indicatorId: indicator.id,
        period,
        value: Math.round((50 + q * 1.3 + ((i + q) % 5) - 2) * 10) / 10,
        explanation: 'Quarterly extract from the clearance system.',
      })
    }
  }
}

/**
 * Seeds the demo, then adds (scale − 1) synthetic units through the channels. `onUnit` hears
 * after the demo (done = 0) and after each unit; it may throw to stop a build taking too long.
 */
export async function buildTimesDemo(
  b: Backend,
  scale: number,
  onUnit?: (done: number, units: number) => void,
): Promise<void> {
  await seedDemo(b.ctx)
  onUnit?.(0, Math.max(0, Math.round(scale) - 1))
  // Above 10, units repeat the nine shapes (with codes of their own).
  const units = Math.max(0, Math.round(scale) - 1)
  for (let u = 0; u < units; u++) {
    const { objectiveId, outcomes } = await planPart(b, u)
    await risksPart(b, u, objectiveId)
    await indicatorsPart(b, u, outcomes)
    onUnit?.(u + 1, units)
  }
}

/** Row counts of the tables the benchmark cares about, as `capstan status` counts them. */
export async function benchCounts(b: Backend): Promise<Record<string, number>> {
  const all: Record<string, number> = {}
  for (const t of await dataTables(b.ctx)) all[t] = await rowCount(b.ctx, t)
  return {
    objectives: all.objectives ?? 0,
    results: all.results ?? 0,
    activities: all.activities ?? 0,
    risks: all.risks ?? 0,
    're-ratings': (all.risk_ratings ?? 0) - (all.risks ?? 0),
    indicators: all.indicators ?? 0,
    actuals: all.indicator_actuals ?? 0,
    'audit entries': all.audit_log ?? 0,
  }
}

/** One channel the benchmark times. */
export interface Probe {
  label: string
  channel: ChannelName
  write: boolean
  /** The input of the next run (writes: from the state the previous run left). */
  input(): unknown
  /** Writes: takes the saved record back, for the next run's version. */
  saved?(value: unknown): void
}

const EDITED = ' (edited)'

/** The channels a view calls on opening, and the common writes, over this administration. */
export async function probesOf(b: Backend): Promise<Probe[]> {
  const read = (label: string, channel: ChannelName, input?: unknown): Probe => ({
    label,
    channel,
    write: false,
    input: () => input,
  })
  const audit = await must(b, 'audit:list', { limit: 100, offset: 0 })
  const [assessment] = await must(b, 'assessments:list', undefined)
  let act = (await must(b, 'plan:get', undefined)).activities.at(-1)!
  const register = (await must(b, 'risks:list', undefined)) as RiskRegister
  let risk = register.risks.filter((r) => r.actions.length === 0).at(-1)!
  let actual = (await must(b, 'indicators:list', undefined)).findLast((i) => i.latest)!.latest!
  let objective = (await must(b, 'objectives:list', undefined)).at(-1)!
  const riskKeys = Object.keys(riskUpdateInput.shape) as (keyof typeof risk)[]
  const toggle = (s: string) => (s.endsWith(EDITED) ? s.slice(0, -EDITED.length) : s + EDITED)
  let n = 0
  return [
    read('plan:get', 'plan:get'),
    read('objectives:list', 'objectives:list'),
    read('indicators:list', 'indicators:list'),
    read('risks:list', 'risks:list'),
    read('risks:reference', 'risks:reference'),
    read('risks:integrityRisks', 'risks:integrityRisks'),
    read('audit:list (first page)', 'audit:list', { limit: 100, offset: 0 }),
    read('audit:list (last page)', 'audit:list', {
      limit: 100,
      offset: Math.max(0, audit.total - 100),
    }),
    read('assessments:get', 'assessments:get', { id: assessment!.id }),
    read('assessments:coverage', 'assessments:coverage'),
    read('documents:changes', 'documents:changes', {}),
    read('integrity:get', 'integrity:get'),
    {
      label: 'plan:updateActivity',
      channel: 'plan:updateActivity',
      write: true,
      input: () => ({ ...activityInput(act), percentComplete: (act.percentComplete + 7) % 100 }),
      saved: (v) => (act = v as typeof act),
    },
    {
      label: 'risks:update (field edit)',
      channel: 'risks:update',
      write: true,
      input: () => ({
        ...Object.fromEntries(riskKeys.filter((k) => k in risk).map((k) => [k, risk[k]])),
        nextReview: risk.reviewOverridden ? risk.nextReview : null,
        title: toggle(risk.title),
      }),
      saved: (v) => (risk = v as typeof risk),
    },
    {
      label: 'indicators:updateActual',
      channel: 'indicators:updateActual',
      write: true,
      input: () => ({
        id: actual.id,
        version: actual.version,
        period: actual.period,
        value: actual.value + (n++ % 2 ? 0.1 : -0.1),
        explanation: 'Corrected after the quarterly data check.',
      }),
      saved: (v) => (actual = v as IndicatorActual),
    },
    {
      label: 'objectives:update',
      channel: 'objectives:update',
      write: true,
      input: () => {
        const { code, title, description, owner, status, assumptions } = objective
        const o = { code, title: toggle(title), description, owner, status, assumptions }
        return { id: objective.id, version: objective.version, ...o }
      },
      saved: (v) => (objective = v as typeof objective),
    },
  ]
}
