import type {
  ActivityStatus,
  PlanActivity,
  PlanData,
  PlanItemKind,
  PlanObjective,
  PlanResult,
} from '../../../../../shared/contract'
import { isLate } from '../../../../../shared/domain/schedule'

/** One row of the logframe table. */
export interface LogframeRow {
  key: string
  kind: PlanItemKind
  id: number
  version: number
  number: string
  /** Depth below the objectives: 0 objective, 1 outcome, 2 output, 3 activity. */
  depth: number
  text: string
  assumptions: string
  owner: string
  projectCode: string | null
  status: ActivityStatus | null
  late: boolean
  plannedStart: string | null
  plannedEnd: string | null
  isFirst: boolean
  isLast: boolean
  /** The objective the row sits under (for collapsing). */
  objectiveId: number
  children: number
  source: PlanObjective | PlanResult | PlanActivity
}

/** How deep the table shows the plan. */
export type LogframeDepth = 'outcome' | 'output' | 'activity'

const DEPTH: Record<LogframeDepth, number> = { outcome: 1, output: 2, activity: 3 }

/**
 * The logframe flattened in reading order. Lists from `plan:get` are already in logframe order,
 * so grouping by parent keeps that order.
 */
export function logframeRows(
  plan: PlanData,
  depth: LogframeDepth,
  collapsed: ReadonlySet<number>,
): LogframeRow[] {
  const projectCode = new Map(plan.projects.map((p) => [p.id, p.code]))
  const outcomesOf = group(
    plan.results.filter((r) => r.level === 'outcome'),
    (r) => r.objectiveId,
  )
  const outputsOf = group(
    plan.results.filter((r) => r.level === 'output'),
    (r) => r.parentId!,
  )
  const activitiesOf = group(plan.activities, (a) => a.outputId)
  const rows: LogframeRow[] = []
  const max = DEPTH[depth]

  const base = (i: number, n: number) => ({ isFirst: i === 0, isLast: i === n - 1 })
  plan.objectives.forEach((o, i) => {
    const outcomes = outcomesOf.get(o.id) ?? []
    rows.push({
      ...base(i, plan.objectives.length),
      key: `objective:${o.id}`,
      kind: 'objective',
      id: o.id,
      version: o.version,
      number: o.number,
      depth: 0,
      text: `${o.code} · ${o.title}`,
      assumptions: o.assumptions,
      owner: o.owner,
      projectCode: null,
      status: null,
      late: false,
      plannedStart: null,
      plannedEnd: null,
      objectiveId: o.id,
      children: outcomes.length,
      source: o,
    })
    if (collapsed.has(o.id) || max < 1) return
    outcomes.forEach((oc, j) => {
      const outputs = outputsOf.get(oc.id) ?? []
      rows.push(resultRow(oc, 1, base(j, outcomes.length), o.id, outputs.length, projectCode))
      if (max < 2) return
      outputs.forEach((op, k) => {
        const activities = activitiesOf.get(op.id) ?? []
        rows.push(resultRow(op, 2, base(k, outputs.length), o.id, activities.length, projectCode))
        if (max < 3) return
        activities.forEach((a, m) => {
          rows.push({
            ...base(m, activities.length),
            key: `activity:${a.id}`,
            kind: 'activity',
            id: a.id,
            version: a.version,
            number: a.number,
            depth: 3,
            text: a.title,
            assumptions: a.assumptions,
            owner: [a.owner, a.responsibleUnit].filter(Boolean).join(', '),
            projectCode: projectCode.get(a.projectId ?? op.projectId ?? -1) ?? null,
            status: a.status,
            late: isLate(a, plan.today),
            plannedStart: a.plannedStart,
            plannedEnd: a.plannedEnd,
            objectiveId: o.id,
            children: 0,
            source: a,
          })
        })
      })
    })
  })
  return rows
}

function resultRow(
  r: PlanResult,
  depth: number,
  edges: { isFirst: boolean; isLast: boolean },
  objectiveId: number,
  children: number,
  projectCode: Map<number, string>,
): LogframeRow {
  return {
    ...edges,
    key: `${r.level}:${r.id}`,
    kind: r.level,
    id: r.id,
    version: r.version,
    number: r.number,
    depth,
    text: r.statement,
    assumptions: r.assumptions,
    owner: r.owner,
    projectCode: r.projectId === null ? null : (projectCode.get(r.projectId) ?? null),
    status: null,
    late: false,
    plannedStart: null,
    plannedEnd: null,
    objectiveId,
    children,
    source: r,
  }
}

function group<T>(items: readonly T[], by: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const item of items) {
    const key = by(item)
    const list = map.get(key)
    if (list) list.push(item)
    else map.set(key, [item])
  }
  return map
}
