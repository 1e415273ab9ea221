import type { PlanActivity, PlanData, PlanProject } from '../../../../../shared/contract'
import { isLate } from '../../../../../shared/domain/schedule'
import { timelineRange, type TimelineZoom } from '../../../../../shared/domain/timeline-scale'

/** A row of the timeline: a project's summary bar, or one activity. */
export type TimelineRow =
  | {
      kind: 'project'
      key: string
      project: PlanProject | null
      start: string | null
      end: string | null
      count: number
    }
  | { kind: 'activity'; key: string; activity: PlanActivity; late: boolean }

/** Height of one row in pixels; the virtualiser and the link arrows both rely on it. */
export const ROW_HEIGHT = 40

/**
 * Activities grouped under their project (their own, else their output's), projects in code
 * order, then the activities without a project. A project bar spans its planned dates, or its
 * activities when it has none.
 */
export function timelineRows(plan: PlanData): TimelineRow[] {
  const outputProject = new Map(plan.results.map((r) => [r.id, r.projectId]))
  const groups = new Map<number | null, PlanActivity[]>()
  for (const a of plan.activities) {
    const projectId = a.projectId ?? outputProject.get(a.outputId) ?? null
    const list = groups.get(projectId)
    if (list) list.push(a)
    else groups.set(projectId, [a])
  }
  const rows: TimelineRow[] = []
  const push = (project: PlanProject | null, list: PlanActivity[]) => {
    const starts = list.map((a) => a.plannedStart).sort()
    const ends = list.map((a) => a.plannedEnd).sort()
    rows.push({
      kind: 'project',
      key: `project:${project?.id ?? 'none'}`,
      project,
      start: project?.plannedStart ?? starts[0] ?? null,
      end: project?.plannedEnd ?? ends.at(-1) ?? null,
      count: list.length,
    })
    for (const a of list) {
      rows.push({
        kind: 'activity',
        key: `activity:${a.id}`,
        activity: a,
        late: isLate(a, plan.today),
      })
    }
  }
  for (const p of plan.projects) push(p, groups.get(p.id) ?? [])
  const loose = groups.get(null)
  if (loose?.length) push(null, loose)
  return rows
}

/** The span to draw: the plan period, every dated thing in the plan, and today. */
export function planRange(plan: PlanData, zoom: TimelineZoom): { start: string; end: string } {
  const dates = [
    plan.today,
    plan.header.periodStart,
    plan.header.periodEnd,
    ...plan.projects.flatMap((p) => [p.plannedStart, p.plannedEnd]),
    ...plan.activities.flatMap((a) => [
      a.plannedStart,
      a.plannedEnd,
      ...a.milestones.map((m) => m.dueDate),
    ]),
  ].filter((d): d is string => Boolean(d))
  return timelineRange(dates, zoom) ?? { start: plan.today, end: plan.today }
}
