import {
  fail,
  isChannelName,
  ok,
  validateInput,
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type Result,
} from '../../shared/contract'
import type { ServiceContext } from './context'
import { AppFailure } from './errors'
import type { Handlers } from './handlers'

/** The event announcing that a domain's data changed. */
export const changeEventFor = (channel: ChannelName): EventName =>
  `${channel.split(':')[0]}:changed` as EventName

// SQLite's count of rows written by this connection: a call that wrote anything announces it.
const totalChanges = (ctx: ServiceContext): number =>
  ctx.db.prepare('SELECT total_changes()').pluck().get() as number

/**
 * The pipeline every door runs: known channel → validate → service → envelope.
 * Services throw AppFailure on purpose; anything else is reported as internal.
 */
export function dispatch(
  ctx: ServiceContext,
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  onEvent?: (event: EventName) => void,
  logError: (e: unknown) => void = (e) => console.error(e),
): Result<unknown> {
  if (!isChannelName(channel)) {
    return fail('unknown_channel', `Capstan has no operation called "${String(channel)}".`)
  }
  const parsed = validateInput(channel, rawInput)
  if (!parsed.ok) return parsed
  try {
    const handler = handlers[channel] as (
      c: ServiceContext,
      i: unknown,
    ) => ChannelOutput<ChannelName>
    const before = totalChanges(ctx)
    const value = handler(ctx, parsed.value)
    if (onEvent && totalChanges(ctx) !== before) onEvent(changeEventFor(channel))
    return ok(value)
  } catch (e) {
    if (e instanceof AppFailure) return fail(e.code, e.message, e.details)
    logError(e)
    return fail(
      'internal',
      'Capstan hit an unexpected problem and changed nothing. The details are in the log.',
    )
  }
}
