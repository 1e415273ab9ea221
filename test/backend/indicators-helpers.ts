import { expect } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import type {
  AppError,
  ChannelInput,
  ChannelName,
  ChannelOutput,
  Indicator,
  Result,
} from '../../shared/contract'

/** Calls a channel and returns its value, failing the test with the message otherwise. */
export async function ok<K extends ChannelName>(
  b: Backend,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const r = (await b.call(channel, input)) as Result<ChannelOutput<K>>
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`)
  return r.value
}

/** Calls a channel that must fail and returns the error. */
export async function refused(b: Backend, channel: ChannelName, input: unknown): Promise<AppError> {
  const r = (await b.call(channel, input)) as Result<unknown>
  expect(r.ok, `${channel} should have been refused`).toBe(false)
  return (r as { ok: false; error: AppError }).error
}

/** Creates an objective through the service and returns its id. */
export async function objective(
  b: Backend,
  code: string,
  title = `Objective ${code}`,
): Promise<number> {
  const r = (await b.call('objectives:create', { code, title })) as Result<{ id: number }>
  if (!r.ok) throw new Error(r.error.message)
  return r.value.id
}

/** A valid indicator input on objective `objectiveId`; `over` replaces fields. */
export function indicatorInput(
  objectiveId: number,
  over: Partial<ChannelInput<'indicators:create'>> = {},
): ChannelInput<'indicators:create'> {
  return {
    attachedTo: { kind: 'objective', id: objectiveId },
    code: 'IND-1',
    name: 'Rate of electronic declarations',
    unit: '%',
    direction: 'higher_is_better',
    frequency: 'quarterly',
    baselineValue: 60,
    baselineDate: '2025-12-31',
    targetValue: 100,
    targetDate: '2029-12-31',
    milestones: [{ date: '2026-12-31', value: 70 }],
    ...over,
  }
}

/** Creates an indicator and returns it. */
export function indicator(
  b: Backend,
  objectiveId: number,
  over: Partial<ChannelInput<'indicators:create'>> = {},
): Promise<Indicator> {
  return ok(b, 'indicators:create', indicatorInput(objectiveId, over))
}

/** Entries of the audit trail for an entity type, oldest first. */
export function auditOf(b: Backend, entityType: string) {
  return b.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'entity_id', 'before_json', 'after_json'])
    .where('entity_type', '=', entityType)
    .orderBy('seq')
    .execute()
}
