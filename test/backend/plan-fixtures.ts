// Shared by the plan backend tests: a small logframe built through the channels.
import type {
  AppError,
  ChannelInput,
  ChannelName,
  ChannelOutput,
  PlanData,
} from '../../shared/contract'
import type { Backend } from '../../electron/backend/backend'

/** Calls a channel and returns its value, failing the test with the error otherwise. */
export async function must<K extends ChannelName>(
  b: Backend,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const r = await b.call(channel, input)
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`)
  return r.value as ChannelOutput<K>
}

/** Calls a channel that must fail and returns its error. */
export async function refused<K extends ChannelName>(
  b: Backend,
  channel: K,
  input: ChannelInput<K>,
): Promise<AppError> {
  const r = await b.call(channel, input)
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded: ${JSON.stringify(r.value)}`)
  return r.error
}

/** The plan as the UI sees it. */
export const plan = (b: Backend): Promise<PlanData> => must(b, 'plan:get', undefined)

/** An activity's input with sensible defaults. */
export const activity = (outputId: number, title: string, extra: Record<string, unknown> = {}) =>
  ({
    outputId,
    title,
    plannedStart: '2027-01-01',
    plannedEnd: '2027-03-31',
    ...extra,
  }) as ChannelInput<'plan:createActivity'>

/** Two objectives; SO1 has two outcomes, the first with two outputs. */
export async function smallPlan(b: Backend) {
  await must(b, 'plan:saveHeader', {
    version: 0,
    vision: 'A modern customs service',
    periodStart: '2026-07-01',
    periodEnd: '2029-06-30',
  })
  const so1 = await must(b, 'objectives:create', { code: 'SO1', title: 'Faster clearance' })
  const so2 = await must(b, 'objectives:create', { code: 'SO2', title: 'Fair revenue' })
  const oc1 = await must(b, 'plan:createResult', {
    level: 'outcome',
    parentId: so1.id,
    statement: 'Release times fall',
  })
  const oc2 = await must(b, 'plan:createResult', {
    level: 'outcome',
    parentId: so1.id,
    statement: 'Traders comply voluntarily',
  })
  const op1 = await must(b, 'plan:createResult', {
    level: 'output',
    parentId: oc1.id,
    statement: 'Risk engine in use',
  })
  const op2 = await must(b, 'plan:createResult', {
    level: 'output',
    parentId: oc1.id,
    statement: 'Pre-arrival processing live',
  })
  return { so1, so2, oc1, oc2, op1, op2 }
}

/** The audit actions recorded so far, oldest first, as "entity:action". */
export async function auditTrail(b: Backend): Promise<string[]> {
  const rows = await b.ctx.db
    .selectFrom('audit_log')
    .select(['entity_type', 'action'])
    .orderBy('seq')
    .execute()
  return rows.map((r) => `${r.entity_type}:${r.action}`)
}

/** What an edit form sends back for the header. */
export const headerInput = ({ updatedAt: _u, ...h }: PlanData['header']) => h

/** What an edit form sends back for an outcome or output. */
export const resultInput = (r: PlanData['results'][number]) => ({
  id: r.id,
  version: r.version,
  statement: r.statement,
  assumptions: r.assumptions,
  owner: r.owner,
  projectId: r.projectId,
})

/** What the activity form (or the timeline) sends back for an activity. */
export const activityInput = (a: PlanData['activities'][number]) => ({
  id: a.id,
  version: a.version,
  title: a.title,
  description: a.description,
  owner: a.owner,
  responsibleUnit: a.responsibleUnit,
  plannedStart: a.plannedStart,
  plannedEnd: a.plannedEnd,
  actualStart: a.actualStart,
  actualEnd: a.actualEnd,
  status: a.status,
  percentComplete: a.percentComplete,
  assumptions: a.assumptions,
  projectId: a.projectId,
  dependsOn: a.dependsOn,
  milestones: a.milestones.map(({ id, title, dueDate, achievedDate }) => ({
    id,
    title,
    dueDate,
    achievedDate,
  })),
})
