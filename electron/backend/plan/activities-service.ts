import type { ChannelParsed, PlanActivity } from '../../../shared/contract'
import { cycleIfAdded, type DependencyLink } from '../../../shared/domain/dependencies'
import { activityDateProblems } from '../../../shared/domain/plan-dates'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import {
  activitySiblings,
  dependantsOf,
  deleteActivity as removeRow,
  findActivity,
  insertActivity,
  listDependencies,
  milestoneIds,
  setActivityPositions,
  setDependencies,
  setMilestones,
  updateActivity as updateRow,
  type ActivityFields,
} from './activity-repo'
import { dateFailure, dependantsFailure, ruleFailure, staleFailure } from './plan-failures'
import { traceLinkCount, type Dependants } from './plan-references'
import { currentNumbers, planPeriod, todayOf } from './plan-service'
import { findProject } from './project-repo'
import { mustFindResult } from './results-service'

type ActivityInput = ChannelParsed<'plan:createActivity'> | ChannelParsed<'plan:updateActivity'>

/** An activity with its current dotted number. */
export function numberedActivity(ctx: ServiceContext, id: number): PlanActivity {
  const a = findActivity(ctx.db, id)
  if (!a) throw new AppFailure('not_found', 'This activity no longer exists.')
  return { ...a, number: currentNumbers(ctx).activity.get(id) ?? '' }
}

const fieldsOf = (i: ActivityInput): ActivityFields => ({
  projectId: i.projectId,
  title: i.title,
  description: i.description,
  owner: i.owner,
  responsibleUnit: i.responsibleUnit,
  plannedStart: i.plannedStart,
  plannedEnd: i.plannedEnd,
  actualStart: i.actualStart,
  actualEnd: i.actualEnd,
  status: i.status,
  percentComplete: i.percentComplete,
  assumptions: i.assumptions,
})

/** Dates, status and project: everything about the record itself, before it is written. */
function checkFields(ctx: ServiceContext, input: ActivityInput): void {
  const problems = activityDateProblems(input, planPeriod(ctx), todayOf(ctx))
  if (problems.length) throw dateFailure(problems)
  if (input.status === 'completed' && input.percentComplete !== 100) {
    throw ruleFailure(
      'validation',
      'completed_needs_100',
      'Percent complete must be 100 for a completed activity. Set it to 100, or choose another status.',
      {},
      'percentComplete',
    )
  }
  if (input.projectId !== null && !findProject(ctx.db, input.projectId)) {
    throw ruleFailure(
      'validation',
      'missing_project',
      'The chosen project no longer exists.',
      {},
      'projectId',
    )
  }
}

function describe(ctx: ServiceContext, id: number, numbers: Map<number, string>): string {
  const title = ctx.db.prepare('SELECT title FROM activities WHERE id = ?').pluck().get(id)
  return `${numbers.get(id) ?? '?'} “${String(title ?? '')}”`
}

/**
 * Replaces the prerequisites of `id`, refusing any that does not exist or would close a loop.
 * The message names the loop by activity numbers and titles so the user sees which link to drop.
 */
function applyDependencies(ctx: ServiceContext, id: number, dependsOn: readonly number[]): void {
  const others: DependencyLink[] = listDependencies(ctx.db).filter((l) => l.activityId !== id)
  const numbers = currentNumbers(ctx).activity
  for (const prerequisite of dependsOn) {
    if (!findActivity(ctx.db, prerequisite)) {
      throw ruleFailure(
        'validation',
        'missing_prerequisite',
        'One of the activities this one depends on no longer exists.',
        {},
        'dependsOn',
      )
    }
    const candidate = { activityId: id, dependsOnId: prerequisite }
    const cycle = cycleIfAdded(others, candidate)
    if (cycle) {
      const chain = cycle.map((n) => describe(ctx, n, numbers)).join(' → ')
      throw ruleFailure(
        'validation',
        'dependency_cycle',
        `This dependency would create a loop, each activity waiting for the next: ${chain}. Remove one of these links first.`,
        { chain },
        'dependsOn',
      )
    }
    others.push(candidate)
  }
  setDependencies(ctx.db, id, dependsOn)
}

function applyMilestones(ctx: ServiceContext, id: number, input: ActivityInput): void {
  const own = milestoneIds(ctx.db, id)
  const stranger = input.milestones.findIndex((m) => m.id !== undefined && !own.includes(m.id))
  if (stranger !== -1) {
    throw ruleFailure(
      'validation',
      'unknown_milestone',
      `Milestone ${stranger + 1} does not belong to this activity.`,
      {},
      `milestones.${stranger}`,
    )
  }
  setMilestones(ctx.db, id, input.milestones, ctx.now())
}

/** Adds an activity at the end of an output. */
export function createActivity(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:createActivity'>,
): PlanActivity {
  return ctx.db.transaction(() => {
    mustFindResult(ctx, input.outputId, 'output', 'outputId')
    checkFields(ctx, input)
    const id = insertActivity(ctx.db, input.outputId, fieldsOf(input), ctx.now())
    applyDependencies(ctx, id, input.dependsOn)
    applyMilestones(ctx, id, input)
    const after = numberedActivity(ctx, id)
    appendAudit(ctx, { entityType: 'activity', entityId: id, action: 'create', after })
    return after
  })()
}

/** Saves the whole activity (form and timeline alike). */
export function updateActivity(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:updateActivity'>,
): PlanActivity {
  return ctx.db.transaction(() => {
    const before = numberedActivity(ctx, input.id)
    if (before.version !== input.version) throw staleFailure('activity')
    checkFields(ctx, input)
    updateRow(ctx.db, input.id, fieldsOf(input), ctx.now())
    applyDependencies(ctx, input.id, input.dependsOn)
    applyMilestones(ctx, input.id, input)
    const after = numberedActivity(ctx, input.id)
    appendAudit(ctx, {
      entityType: 'activity',
      entityId: input.id,
      action: 'update',
      before,
      after,
    })
    return after
  })()
}

/**
 * Deletes an activity with its milestones. Refused while other activities depend on it (they
 * would silently lose a prerequisite) or the needs assessment links to it.
 */
export function deleteActivity(ctx: ServiceContext, id: number): { id: number } {
  return ctx.db.transaction(() => {
    const before = numberedActivity(ctx, id)
    const waiting = dependantsOf(ctx.db, id)
    const d: Dependants = {}
    if (waiting.length) d.dependants = waiting.length
    const links = traceLinkCount(ctx.db, 'activity', id)
    if (links) d.links = links
    if (waiting.length || links) {
      const numbers = currentNumbers(ctx).activity
      const names = waiting.map((w) => describe(ctx, w, numbers)).join(', ')
      throw dependantsFailure({ kind: 'activity', label: before.number }, d, names)
    }
    removeRow(ctx.db, id)
    setActivityPositions(ctx.db, activitySiblings(ctx.db, before.outputId))
    appendAudit(ctx, { entityType: 'activity', entityId: id, action: 'delete', before })
    return { id }
  })()
}
