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
import type { Handlers } from './handlers'

/** The event announcing that a domain's data changed. */
export const changeEventFor = (channel: ChannelName): EventName =>
  `${channel.split(':')[0]}:changed` as EventName

// SQLite's count of rows written by this connection: a call that wrote anything announces it.
const totalChanges = (ctx: ServiceContext): number =>
  ctx.db.prepare('SELECT total_changes()').pluck().get() as number

const INTERNAL =
  'Capstan hit an unexpected problem and changed nothing. The details are in the log.'

function toEnvelope(e: unknown, logError: (e: unknown) => void): Result<never> {
  if (e instanceof AppFailure) return fail(e.code, e.message, e.details)
  logError(e)
  return fail('internal', INTERNAL)
}

const isPromise = (v: unknown): v is Promise<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function'

/**
 * The pipeline every door runs: known channel → validate → service → envelope.
 * Services throw AppFailure on purpose; anything else is reported as internal. Most handlers
 * answer synchronously (their transactions are synchronous); a few (Word export) write files and
 * answer with a promise, so the result is an envelope or a promise of one.
 */
export function dispatch(
  ctx: ServiceContext,
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  onEvent?: (event: EventName) => void,
  logError: (e: unknown) => void = (e) => console.error(e),
): Result<unknown> | Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return fail('unknown_channel', `Capstan has no operation called "${String(channel)}".`)
  }
  const parsed = validateInput(channel, rawInput)
  if (!parsed.ok) return parsed
  const before = totalChanges(ctx)
  const announce = () => {
    if (onEvent && totalChanges(ctx) !== before) onEvent(changeEventFor(channel))
  }
  try {
    const handler = handlers[channel] as (c: ServiceContext, i: unknown) => unknown
    const value = handler(ctx, parsed.value)
    if (isPromise(value)) {
      return value.then(
        (v) => {
          announce()
          return ok(v)
        },
        (e: unknown) => {
          announce()
          return toEnvelope(e, logError)
        },
      )
    }
    announce()
    return ok(value)
  } catch (e) {
    return toEnvelope(e, logError)
  }
}
