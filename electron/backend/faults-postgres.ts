import {
  busy,
  databaseName,
  fault,
  NOTHING_CHANGED,
  readOnlyBecause,
  type FaultPlace,
  type RawError,
} from './fault-sentences'
import type { AppFailure } from './errors'

// PostgreSQL's answers (SQLSTATE codes) and lost connections, in the words an officer acts on.

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
])
const LOST_CONNECTION =
  /connection terminated|not queryable|timeout exceeded when trying to connect|terminating connection/i

/** The fault a PostgreSQL error or a lost connection stands for, if any. */
export function postgresFault(err: RawError, place: FaultPlace): AppFailure | undefined {
  const db = databaseName(place)
  const code = typeof err.code === 'string' ? err.code : ''
  const unreachable = () =>
    fault(
      'unavailable',
      `Capstan cannot reach ${db}: check the network, or ask IT whether the server is running, then try again.`,
    )
  if (typeof err.severity !== 'string') {
    // Not an answer from the server: the connection itself failed.
    if (NETWORK_CODES.has(code) || LOST_CONNECTION.test(String(err.message ?? '')))
      return unreachable()
    return undefined
  }
  if (code === '25006')
    return place.readOnlyReason
      ? readOnlyBecause(place.readOnlyReason)
      : fault(
          'read_only',
          `${db} accepts no changes at the moment (it is read-only): ask IT to make it writable, then try again. ${NOTHING_CHANGED}`,
        )
  if (code === '53100')
    return fault(
      'disk_full',
      `The disk of the server holding ${db} is full: ask IT to free some space, then try again. ${NOTHING_CHANGED}`,
    )
  if (code === '42501')
    return fault(
      'permission_denied',
      `The PostgreSQL user of ${db} is not allowed to do this: ask IT to grant it the rights Capstan needs. ${NOTHING_CHANGED}`,
    )
  if (code === 'XX001' || code === 'XX002')
    return fault(
      'corrupt',
      `The server reports damaged data in ${db}: ask IT to check the server and restore its backup. ${NOTHING_CHANGED}`,
    )
  if (code === '55P03' || code === '40001' || code === '40P01') return busy(db)
  if (code.startsWith('08') || code.startsWith('57P') || code.startsWith('53') || code === '58030')
    return unreachable()
  return undefined
}
