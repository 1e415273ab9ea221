import path from 'node:path'
import { FAULT_CODES } from '../../shared/contract'
import { redactUrl, type Engine } from './db/connection'
import { DB_FILE_NAME } from './db/db-file'
import { AppFailure } from './errors'

// The words of every storage fault: one or two sentences naming the file or database, saying
// what to do, and (where it is so) that nothing was changed.

export { FAULT_CODES }

/** One storage fault code. */
export type FaultCode = (typeof FAULT_CODES)[number]

/** Where the data is, so a message can name the file or database (a ServiceContext fits). */
export interface FaultPlace {
  /** The data folder: its capstan.sqlite is the database unless the engine is PostgreSQL. */
  dataDir?: string
  engine?: Engine
  /** The PostgreSQL URL, when known (printed without its password). */
  databaseUrl?: string
  /** Why the data is open read-only, when it is: the sentence a refused write repeats. */
  readOnlyReason?: string
}

/** The fields a thrown error may carry (SQLite, Node's file system, pg). */
export interface RawError {
  code?: unknown
  message?: unknown
  path?: unknown
  dest?: unknown
  severity?: unknown
  cause?: unknown
  errors?: unknown
}

/** The closing words of a fault that left the data as it was. */
export const NOTHING_CHANGED = 'Nothing was changed.'

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`)

/** True when the data is in PostgreSQL. */
export function isPostgres(place: FaultPlace): boolean {
  return place.engine === 'postgres' || Boolean(place.databaseUrl)
}

/** The database's name for a message: the SQLite file, or the PostgreSQL URL without password. */
export function databaseName(place: FaultPlace): string {
  if (isPostgres(place))
    return place.databaseUrl
      ? `the PostgreSQL database ${redactUrl(place.databaseUrl)}`
      : 'the PostgreSQL database'
  return place.dataDir ? path.join(place.dataDir, DB_FILE_NAME) : 'the database'
}

/** A fault with its code and sentence. */
export const fault = (code: FaultCode, text: string) =>
  new AppFailure(code, text.charAt(0).toUpperCase() + text.slice(1))

/** The disk holding `what` is full. */
export const diskFull = (what: string) =>
  fault(
    'disk_full',
    `The disk holding ${what} is full: free some space and try again. ${NOTHING_CHANGED}`,
  )

/** A write refused because the data is open read-only, for `reason`. */
export const readOnlyBecause = (reason: string) =>
  fault(
    'read_only',
    `${sentence(reason)} Capstan opened the data read-only until this is resolved, so nothing was changed.`,
  )

/** `what` is on a read-only folder or drive. */
export const readOnlyDrive = (what: string) =>
  fault(
    'read_only',
    `Capstan cannot write ${what} because its folder or drive is read-only: make it writable or use a folder you can write to, then try again. ${NOTHING_CHANGED}`,
  )

/** The connection is read-only: the start-up check opened the data so. */
export const openedReadOnly = (what: string) =>
  fault(
    'read_only',
    `Capstan opened ${what} read-only because its start-up check found a problem: restore the newest good backup (Settings → Data safety, or "capstan restore"). ${NOTHING_CHANGED}`,
  )

/** The operating system refused the account access to `what`. */
export const denied = (what: string) =>
  fault(
    'permission_denied',
    `Your account is not allowed to use ${what}: ask IT or the folder's owner for access, then try again. ${NOTHING_CHANGED}`,
  )

/** `what` is a damaged or foreign file. */
export const damaged = (what: string) =>
  fault(
    'corrupt',
    `${what} is damaged or is not a Capstan database: restore the newest good backup (Settings → Data safety, or "capstan restore"). ${NOTHING_CHANGED}`,
  )

/** `what` is kept busy by another process. */
export const busy = (what: string) =>
  fault(
    'locked',
    `${what} is busy: another Capstan window or command is using it. Try again in a moment; ${NOTHING_CHANGED.toLowerCase()}`,
  )

/** The drive holding `what` failed to read or write. */
export const driveError = (what: string) =>
  fault(
    'unavailable',
    `Capstan could not read or write ${what}: check that the drive is connected and working, then try again. ${NOTHING_CHANGED}`,
  )
