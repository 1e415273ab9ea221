import type { ChannelParsed, PlanActivity } from '../../../shared/contract'
import { cycleIfAdded, type DependencyLink } from '../../../shared/domain/dependencies'
import { activityDateProblems } from '../../../shared/domain/plan-dates'
import { countTraceLinksTo } from '../assessments/assessments-read'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { setPositions } from '../db/positions'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import {
  activitySiblings,
  activityTitle,
  dependantsOf,
  deleteActivity as removeRow,
  existingActivities,
  findActivity,
  insertActivity,
  listDependencies,
  milestoneIds,
  setDependencies,
  setMilestones,
  updateActivity as updateRow,
  type ActivityFields,
} from './activity-repo'
import { dateFailure, dependantsFailure, ruleFailure, staleFailure } from './plan-failures'
import type { Dependants } from './plan-references'
import { readPlanNumbersFor } from './plan-read'
import { currentNumbers, planPeriod, todayOf } from './plan-service'
import { findProject } from './project-repo'
import { mustFindResult } from './results-service'

type ActivityInput = ChannelParsed<'plan:createActivity'> | ChannelParsed<'plan:updateActivity'>

/** An activity with its current dotted number. */
export async function numberedActivity(ctx: ServiceContext, id: number): Promise<PlanActivity> {
  const a = await findActivity(ctx.db, id)
  if (!a) throw new AppFailure('not_found', 'This activity no longer exists.')
  // Only its output's activities need reading to number it, not the whole plan's.
  const numbers = await readPlanNumbersFor(ctx.db, [a.outputId])
  return { ...a, number: numbers.activity.get(id) ?? '' }
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
async function checkFields(ctx: ServiceContext, input: ActivityInput): Promise<void> {
  const problems = activityDateProblems(input, await planPeriod(ctx), todayOf(ctx))
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
  if (input.projectId !== null && !(await findProject(ctx.db, input.projectId))) {
    throw ruleFailure(
      'validation',
      'missing_project',
      'The chosen project no longer exists.',
      {},
      'projectId',
    )
  }
}

async function describe(
  ctx: ServiceContext,
  id: number,
  numbers: Map<number, string>,
): Promise<string> {
  const title = await activityTitle(ctx.db, id)
  return `${numbers.get(id) ?? '?'} “${title ?? ''}”`
}

/**
 * Replaces the prerequisites of `id`, refusing any that does not exist or would close a loop.
 * The message names the loop by activity numbers and titles so the user sees which link to drop.
 */
async function applyDependencies(
  ctx: ServiceContext,
  id: number,
  dependsOn: readonly number[],
  isNew = false,
): Promise<void> {
  // A new activity has no links yet and nothing waits on it: nothing to replace or loop through.
  if (isNew && dependsOn.length === 0) return
  const others: DependencyLink[] = (await listDependencies(ctx.db)).filter(
    (l) => l.activityId !== id,
  )
  const known = await existingActivities(ctx.db, dependsOn)
  for (const prerequisite of dependsOn) {
    if (!known.has(prerequisite)) {
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
      // Numbered only when there is a loop to describe.
      const numbers = (await currentNumbers(ctx)).activity
      const names: string[] = []
      for (const n of cycle) names.push(await describe(ctx, n, numbers))
      const chain = names.join(' → ')
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
  await setDependencies(ctx.db, id, dependsOn)
}

async function applyMilestones(
  ctx: ServiceContext,
  id: number,
  input: ActivityInput,
): Promise<void> {
  const own = await milestoneIds(ctx.db, id)
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
  if (own.length === 0 && input.milestones.length === 0) return
  await setMilestones(ctx.db, id, input.milestones, ctx.now(), own)
}

/** Adds an activity at the end of an output. */
export function createActivity(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:createActivity'>,
): Promise<PlanActivity> {
  return inTransaction(ctx, async (tx) => {
    await mustFindResult(tx, input.outputId, 'output', 'outputId')
    await checkFields(tx, input)
    const id = await insertActivity(tx.db, input.outputId, fieldsOf(input), tx.now())
    await applyDependencies(tx, id, input.dependsOn, true)
    await applyMilestones(tx, id, input)
    const after = await numberedActivity(tx, id)
    await appendAudit(tx, { entityType: 'activity', entityId: id, action: 'create', after })
    return after
  })
}

/** Saves the whole activity (form and timeline alike). */
export function updateActivity(
  ctx: ServiceContext,
  input: ChannelParsed<'plan:updateActivity'>,
): Promise<PlanActivity> {
  return inTransaction(ctx, async (tx) => {
    const before = await numberedActivity(tx, input.id)
    if (before.version !== input.version) throw staleFailure('activity')
    await checkFields(tx, input)
    await updateRow(tx.db, input.id, fieldsOf(input), tx.now())
    await applyDependencies(tx, input.id, input.dependsOn)
    await applyMilestones(tx, input.id, input)
    // Saving never moves the activity, so its number stays: no need to renumber the plan.
    const found = await findActivity(tx.db, input.id)
    const after: PlanActivity = { ...found!, number: before.number }
    await appendAudit(tx, {
      entityType: 'activity',
      entityId: input.id,
      action: 'update',
      before,
      after,
    })
    return after
  })
}

/**
 * Deletes an activity with its milestones. Refused while other activities depend on it (they
 * would silently lose a prerequisite) or the needs assessment links to it.
 */
export function deleteActivity(ctx: ServiceContext, id: number): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await numberedActivity(tx, id)
    const waiting = await dependantsOf(tx.db, id)
    const d: Dependants = {}
    if (waiting.length) d.dependants = waiting.length
    const links = await countTraceLinksTo(tx.db, 'activity', id)
    if (links) d.links = links
    if (waiting.length || links) {
      const numbers = (await currentNumbers(tx)).activity
      const named: string[] = []
      for (const w of waiting) named.push(await describe(tx, w, numbers))
      throw dependantsFailure({ kind: 'activity', label: before.number }, d, named.join(', '))
    }
    await removeRow(tx.db, id)
    await setPositions(tx.db, 'activities', await activitySiblings(tx.db, before.outputId))
    await appendAudit(tx, { entityType: 'activity', entityId: id, action: 'delete', before })
    return { id }
  })
}
