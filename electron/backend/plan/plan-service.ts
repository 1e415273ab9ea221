import type { ChannelParsed, PlanData, PlanHeader } from '../../../shared/contract'
import {
  periodOf,
  planPeriodProblems,
  withinPeriod,
  type Period,
} from '../../../shared/domain/plan-dates'
import { planNumbers, type PlanNumbers } from '../../../shared/domain/plan-numbering'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { listObjectives } from '../objectives/objectives-repo'
import { listActivities } from './activity-repo'
import { dateFailure, ruleFailure, staleFailure } from './plan-failures'
import { readPlanNumbers } from './plan-read'
import { listResults, readHeader, writeHeader } from './plan-repo'
import { listProjects } from './project-repo'

/** The service's date, YYYY-MM-DD: "today" for late activities and actual dates. */
export const todayOf = (ctx: ServiceContext): string => ctx.now().slice(0, 10)

/** The plan period, when the header sets both ends. */
export async function planPeriod(ctx: ServiceContext): Promise<Period | null> {
  const h = await readHeader(ctx.db)
  return periodOf(h.periodStart, h.periodEnd)
}

/** Dotted numbers of everything in the logframe, as stored now. */
export function currentNumbers(ctx: ServiceContext): Promise<PlanNumbers> {
  return readPlanNumbers(ctx.db)
}

const compareParts = (x: readonly number[], y: readonly number[]): number => {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1)
    if (d !== 0) return d
  }
  return 0
}

/** Sorts by dotted number (1.2 before 1.10), splitting each number once, not per comparison. */
function byDottedNumber<T extends { number: string }>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, parts: item.number.split('.').map(Number) }))
    .sort((a, b) => compareParts(a.parts, b.parts))
    .map((x) => x.item)
}

/** The whole plan, numbered, every list in logframe order. */
export async function getPlan(ctx: ServiceContext): Promise<PlanData> {
  const objectives = await listObjectives(ctx.db)
  const results = await listResults(ctx.db)
  const activities = await listActivities(ctx.db)
  const numbers = planNumbers({ objectives, results, activities })
  return {
    header: await readHeader(ctx.db),
    objectives: objectives.map((o) => ({ ...o, number: numbers.objective.get(o.id) ?? '' })),
    results: byDottedNumber(results.map((r) => ({ ...r, number: numbers.result.get(r.id) ?? '' }))),
    activities: byDottedNumber(
      activities.map((a) => ({ ...a, number: numbers.activity.get(a.id) ?? '' })),
    ),
    projects: await listProjects(ctx.db),
    today: todayOf(ctx),
  }
}

interface Dated {
  what: string
  start: string | null
  end: string | null
}

/** Everything dated in the plan, described for a message. */
async function datedItems(ctx: ServiceContext): Promise<Dated[]> {
  const numbers = await currentNumbers(ctx)
  const items: Dated[] = (await listActivities(ctx.db)).flatMap((a) => [
    {
      what: `activity ${numbers.activity.get(a.id)} “${a.title}”`,
      start: a.plannedStart,
      end: a.plannedEnd,
    },
    ...a.milestones.map((m) => ({
      what: `milestone “${m.title}” of activity ${numbers.activity.get(a.id)}`,
      start: m.dueDate,
      end: m.dueDate,
    })),
  ])
  for (const p of await listProjects(ctx.db)) {
    items.push({ what: `project ${p.code}`, start: p.plannedStart, end: p.plannedEnd })
  }
  return items
}

/**
 * A new period must still hold every planned date; otherwise the change is refused, naming the
 * first item that would fall outside so the user knows what to reschedule.
 */
async function assertPeriodHoldsPlan(ctx: ServiceContext, period: Period): Promise<void> {
  const outside = (await datedItems(ctx)).filter(
    (d) =>
      (d.start !== null && !withinPeriod(d.start, period)) ||
      (d.end !== null && !withinPeriod(d.end, period)),
  )
  const first = outside[0]
  if (!first) return
  const early = first.start !== null && first.start < period.start
  const span = [...new Set([first.start, first.end].filter((d): d is string => d !== null))].join(
    ' to ',
  )
  throw ruleFailure(
    'validation',
    'period_excludes_items',
    `The plan period ${period.start} to ${period.end} would leave ${outside.length} planned ${
      outside.length === 1 ? 'item' : 'items'
    } outside it, for example ${first.what} (${span}). Change their dates first, or choose a wider period.`,
    { start: period.start, end: period.end, count: outside.length, example: first.what, span },
    early ? 'periodStart' : 'periodEnd',
  )
}

/** Saves vision, mission, impact and the plan period. */
export function saveHeader(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:saveHeader'>,
): Promise<PlanHeader> {
  return inTransaction(ctx, async (tx) => {
    const before = await readHeader(tx.db)
    if (before.version !== input.version) throw staleFailure('plan')
    const problems = planPeriodProblems(input.periodStart, input.periodEnd)
    if (problems.length) throw dateFailure(problems)
    const period = periodOf(input.periodStart, input.periodEnd)
    if (period) await assertPeriodHoldsPlan(tx, period)
    const { version: _v, ...fields } = input
    await writeHeader(tx.db, fields, tx.now())
    const after = await readHeader(tx.db)
    await appendAudit(tx, {
      entityType: 'plan',
      entityId: 1,
      action: before.version === 0 ? 'create' : 'update',
      before: before.version === 0 ? undefined : before,
      after,
    })
    return after
  })
}
