import { expect } from 'vitest'
import type {
  AssessableFramework,
  AssessmentDetail,
  AssessmentItemView,
  AssessmentSummary,
  ChannelInput,
  ChannelName,
  ChannelOutput,
  Result,
} from '../../shared/contract'
import type { Backend } from '../../electron/backend/backend'
import { tempBackend } from '../helpers/temp-backend'

/** The value of a successful call; fails the test with the error otherwise. */
export async function ok<K extends ChannelName>(
  b: Backend,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const r = (await b.call(channel, input)) as Result<ChannelOutput<K>>
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`)
  return r.value
}

/** The error of a call that must fail. */
export async function failure(b: Backend, channel: ChannelName, input: unknown) {
  const r = await b.call(channel, input)
  expect(r.ok).toBe(false)
  if (r.ok) throw new Error('expected a failure')
  return r.error
}

/** A backend with the built-in pack installed. */
export const packBackend = (): Promise<Backend> => tempBackend({ installBuiltinPack: true })

/** An installed framework by code. */
export async function framework(b: Backend, code: string): Promise<AssessableFramework> {
  const fw = (await ok(b, 'assessments:frameworks', undefined)).find((f) => f.code === code)
  if (!fw) throw new Error(`framework ${code} not installed`)
  return fw
}

/** Creates a DF assessment over the given area codes (all areas when none given). */
export async function createDf(
  b: Backend,
  opts: { title?: string; areas?: string[] } = {},
): Promise<AssessmentSummary> {
  const fw = await framework(b, 'DF')
  const areaIds = fw.areas
    .filter((a) => !opts.areas || opts.areas.includes(a.code))
    .map((a) => a.id)
  return ok(b, 'assessments:create', {
    frameworkId: fw.id,
    type: 'full_diagnostic',
    title: opts.title ?? 'Diagnostic mission 2026',
    startDate: '2026-03-02',
    endDate: '2026-03-13',
    lead: 'wco',
    areaIds,
  })
}

/** An item of an assessment by framework code. */
export async function item(
  b: Backend,
  assessmentId: number,
  code: string,
): Promise<AssessmentItemView> {
  const detail = await ok(b, 'assessments:get', { id: assessmentId })
  const found = detail.areas.flatMap((a) => a.items).find((i) => i.code === code)
  if (!found) throw new Error(`item ${code} not in assessment ${assessmentId}`)
  return found
}

/** Scores an item by code. */
export async function score(
  b: Backend,
  assessmentId: number,
  code: string,
  current: number | null,
  target: number | null,
  extra: Partial<ChannelInput<'assessments:scoreItem'>> = {},
): Promise<AssessmentItemView> {
  const i = await item(b, assessmentId, code)
  return ok(b, 'assessments:scoreItem', {
    id: i.id,
    version: i.version,
    currentLevel: current,
    targetLevel: target,
    notApplicable: false,
    evidence: i.evidence,
    currentState: i.currentState,
    desiredState: i.desiredState,
    ...extra,
  })
}

/** The detail of an assessment. */
export const detail = (b: Backend, id: number): Promise<AssessmentDetail> =>
  ok(b, 'assessments:get', { id })

/** Audit actions recorded for an entity type, oldest first. */
export async function auditActions(b: Backend, entityType: string): Promise<string[]> {
  const rows = await b.ctx.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_type', '=', entityType)
    .orderBy('seq')
    .execute()
  return rows.map((r) => r.action)
}
