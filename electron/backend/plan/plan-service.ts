import type {
  ChannelParsed,
  Objective,
  PlanActivity,
  PlanData,
  PlanHeader,
  PlanResult,
} from '../../../shared/contract'
import {
  periodOf,
  planPeriodProblems,
  withinPeriod,
  type Period,
} from '../../../shared/domain/plan-dates'
import type { PlanNumbers } from '../../../shared/domain/plan-numbering'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { listObjectives } from './objectives-repo'
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

type Kind = 'o' | 'r' | 'a'

interface TreeNode {
  kind: Kind
  id: number
  position: number
  /** The result or activity the node numbers; undefined for an objective. */
  item?: PlanResult | PlanActivity
  children?: TreeNode[]
}

// Siblings in the order planNumbers numbers them: position, then the node key as a string.
const bySiblingOrder = (x: TreeNode, y: TreeNode): number =>
  x.position - y.position || `${x.kind}:${x.id}`.localeCompare(`${y.kind}:${y.id}`)

/**
 * Numbers the logframe exactly as planNumbers does (the same tree, the same sibling order),
 * writing each result's and activity's `number` in place, and returns the results and the
 * activities sorted by dotted number (1.2 before 1.10): the unnumbered first, as read, then the
 * numbered in tree order, which is dotted-number order. One walk, no string keys or sorting.
 */
function numberPlan(
  objectives: readonly Objective[],
  results: PlanResult[],
  activities: PlanActivity[],
): { objective: Map<number, string>; results: PlanResult[]; activities: PlanActivity[] } {
  const roots: TreeNode[] = []
  const objectiveNodes = new Map<number, TreeNode>()
  const resultNodes = new Map<number, TreeNode>()
  const attach = (parent: TreeNode | undefined, node: TreeNode) => {
    if (parent) (parent.children ??= []).push(node)
  }
  for (const o of objectives) {
    const node: TreeNode = { kind: 'o', id: o.id, position: o.position }
    roots.push(node)
    objectiveNodes.set(o.id, node)
  }
  for (const r of results)
    resultNodes.set(r.id, { kind: 'r', id: r.id, position: r.position, item: r })
  for (const r of results)
    attach(
      r.parentId === null ? objectiveNodes.get(r.objectiveId) : resultNodes.get(r.parentId),
      resultNodes.get(r.id)!,
    )
  for (const a of activities)
    attach(resultNodes.get(a.outputId), { kind: 'a', id: a.id, position: a.position, item: a })

  const objective = new Map<number, string>()
  const orderedResults: PlanResult[] = []
  const orderedActivities: PlanActivity[] = []
  const walk = (nodes: TreeNode[], prefix: string) => {
    nodes.sort(bySiblingOrder)
    nodes.forEach((n, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : `${i + 1}`
      if (n.kind === 'o') objective.set(n.id, number)
      else if (n.kind === 'r') orderedResults.push(n.item as PlanResult)
      else orderedActivities.push(n.item as PlanActivity)
      if (n.item) n.item.number = number
      if (n.children) walk(n.children, number)
    })
  }
  walk(roots, '')
  // What the walk did not reach keeps its empty number and comes first, in the order read.
  const unnumbered = <T extends { number: string }>(items: readonly T[]) =>
    items.filter((x) => x.number === '')
  return {
    objective,
    results: [...unnumbered(results), ...orderedResults],
    activities: [...unnumbered(activities), ...orderedActivities],
  }
}

/** The whole plan, numbered, every list in logframe order. */
export async function getPlan(ctx: ServiceContext): Promise<PlanData> {
  const objectives = await listObjectives(ctx.db)
  // This call's own objects: numbering fills in their `number` in place.
  const numbered = numberPlan(objectives, await listResults(ctx.db), await listActivities(ctx.db))
  return {
    header: await readHeader(ctx.db),
    objectives: objectives.map((o) => ({ ...o, number: numbered.objective.get(o.id) ?? '' })),
    results: numbered.results,
    activities: numbered.activities,
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
