import {
  fail,
  isChannelName,
  ok,
  validateInput,
  type ChannelName,
  type EventName,
  type Result,
} from '../../shared/contract'
import type { ServiceContext } from './context'
import { AppFailure } from './errors'
import { classifyFault } from './faults'
import type { Handlers } from './handler-types'

/** The event announcing that a domain's data changed. */
export const changeEventFor = (channel: ChannelName): EventName =>
  `${channel.split(':')[0]}:changed` as EventName

const INTERNAL =
  'Capstan hit an unexpected problem and changed nothing. The details are in the log.'

function toEnvelope(
  e: unknown,
  ctx: ServiceContext,
  logError: (e: unknown) => void,
): Result<never> {
  if (e instanceof AppFailure) return fail(e.code, e.message, e.details)
  // A full disk, a read-only or refused folder, a damaged file, a busy or lost database: said in
  // words naming the file, under its own code. The transaction was already rolled back.
  const fault = classifyFault(e, ctx)
  if (fault) return fail(fault.code, fault.message)
  logError(e)
  return fail('internal', INTERNAL)
}

/**
 * The pipeline every door runs: known channel → validate → service → envelope. Services throw
 * AppFailure on purpose; storage faults become their own codes (faults.ts); anything else is
 * reported as internal. A call whose services recorded a change (every write is audited)
 * announces `<domain>:changed`.
 */
export async function dispatch(
  base: ServiceContext,
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  onEvent?: (event: EventName) => void,
  logError: (e: unknown) => void = (e) => console.error(e),
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return fail('unknown_channel', `Capstan has no operation called "${String(channel)}".`)
  }
  const parsed = validateInput(channel, rawInput)
  if (!parsed.ok) return parsed
  const ctx: ServiceContext = { ...base, written: new Set() }
  const announce = () => {
    if (onEvent && ctx.written!.size > 0) onEvent(changeEventFor(channel))
  }
  try {
    const handler = handlers[channel] as (c: ServiceContext, i: unknown) => unknown
    const value = await handler(ctx, parsed.value)
    announce()
    return ok(value)
  } catch (e) {
    // A call that failed after committing part of its work (a file write after the record) still
    // tells the views to refresh.
    announce()
    return toEnvelope(e, ctx, logError)
  }
}
