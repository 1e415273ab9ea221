import {
  fail,
  isChannelName,
  isEventName,
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

const READ_VERBS = new Set(['get', 'list', 'info', 'verify', 'contents', 'preview', 'conflicts'])

/** The event a successful call on `channel` announces, if it changed data. */
export function changeEventFor(channel: ChannelName): EventName | undefined {
  const [domain, verb] = channel.split(':') as [string, string]
  if (READ_VERBS.has(verb)) return undefined
  const event = `${domain}:changed`
  return isEventName(event) ? event : undefined
}

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
    const value = handler(ctx, parsed.value)
    const event = changeEventFor(channel)
    if (event && onEvent) onEvent(event)
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
