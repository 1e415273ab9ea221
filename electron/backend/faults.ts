import fs from 'node:fs'
import path from 'node:path'
import { AppFailure, StorageUnavailableError } from './errors'
import {
  busy,
  damaged,
  databaseName,
  denied,
  diskFull,
  driveError,
  fault,
  FAULT_CODES,
  isPostgres,
  NOTHING_CHANGED,
  openedReadOnly,
  readOnlyBecause,
  readOnlyDrive,
  type FaultCode,
  type FaultPlace,
  type RawError,
} from './fault-sentences'
import { postgresFault } from './faults-postgres'

export { FAULT_CODES, type FaultCode, type FaultPlace }

/** True when `code` names a storage fault rather than a problem with the request. */
export const isFaultCode = (code: string): code is FaultCode =>
  (FAULT_CODES as readonly string[]).includes(code)

// Below this much free space an SQLite I/O error is taken for a full disk.
const NEARLY_FULL_BYTES = 256 * 1024

// Files are written beside their target as ".<name>.<8 hex>.tmp" (files.ts): name the target.
function intendedPath(p: string): string {
  const temp = /^\.(.+)\.[0-9a-f]{8}\.tmp$/.exec(path.basename(p))
  return temp ? path.join(path.dirname(p), temp[1]!) : p
}

function nearlyFull(dir: string | undefined): boolean {
  if (!dir) return false
  try {
    const s = fs.statfsSync(dir)
    return s.bavail * s.bsize < NEARLY_FULL_BYTES
  } catch {
    return false
  }
}

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK)
    return true
  } catch {
    return false
  }
}

function sqliteFault(code: string, place: FaultPlace): AppFailure | undefined {
  const file = databaseName(place)
  if (code === 'SQLITE_FULL') return diskFull(file)
  if (code.startsWith('SQLITE_READONLY')) {
    if (place.readOnlyReason) return readOnlyBecause(place.readOnlyReason)
    if (code === 'SQLITE_READONLY_DBMOVED')
      return fault(
        'read_only',
        `${file} was moved or deleted while Capstan had it open: put it back and restart Capstan. ${NOTHING_CHANGED}`,
      )
    // The file can be written, so it is the connection that is read-only: the start-up check's.
    return writable(file) ? openedReadOnly(file) : readOnlyDrive(file)
  }
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return denied(file)
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return damaged(file)
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return busy(file)
  if (code.startsWith('SQLITE_CANTOPEN'))
    return fault(
      'unavailable',
      `Capstan cannot open ${file}: check that the drive is connected, the folder exists and you may write to it. ${NOTHING_CHANGED}`,
    )
  if (code.startsWith('SQLITE_IOERR'))
    return nearlyFull(place.dataDir) ? diskFull(file) : driveError(file)
  return undefined
}

function fileFault(err: RawError, place: FaultPlace): AppFailure | undefined {
  // A copy or rename names its source as `path` and what it writes as `dest`: name the latter.
  const raw = typeof err.dest === 'string' ? err.dest : typeof err.path === 'string' ? err.path : ''
  const what = raw ? intendedPath(raw) : (place.dataDir ?? "Capstan's data folder")
  switch (err.code) {
    case 'ENOSPC':
      return diskFull(what)
    case 'EDQUOT':
      return fault(
        'disk_full',
        `Your disk quota for ${what} is used up: free some space or ask IT for more, then try again. ${NOTHING_CHANGED}`,
      )
    case 'EROFS':
      return readOnlyDrive(what)
    case 'EACCES':
    case 'EPERM':
      return denied(what)
    case 'EBUSY':
      return fault(
        'locked',
        `${what} is in use by another program: close it there and try again. ${NOTHING_CHANGED}`,
      )
    case 'EIO':
      return driveError(what)
  }
  return undefined
}

// The error itself, then what it wraps (`cause`, the first of an AggregateError's errors).
function* chain(e: unknown): Generator<RawError> {
  let current: unknown = e
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const err = current as RawError
    yield err
    current = err.cause ?? (Array.isArray(err.errors) ? err.errors[0] : undefined)
  }
}

/**
 * Explains a storage fault (SQLite, file system or PostgreSQL) in one or two sentences that name
 * the file or database and say what to do; undefined when the error is no storage fault.
 */
export function classifyFault(e: unknown, place: FaultPlace = {}): AppFailure | undefined {
  for (const err of chain(e)) {
    if (err instanceof AppFailure) return isFaultCode(err.code) ? err : undefined
    // A data folder held by another process (data-lock.ts) is "locked"; the rest cannot be reached.
    if (err instanceof StorageUnavailableError)
      return fault(err.name === 'DataFolderInUseError' ? 'locked' : 'unavailable', err.message)
    const code = typeof err.code === 'string' ? err.code : ''
    const found = code.startsWith('SQLITE_')
      ? sqliteFault(code, place)
      : (fileFault(err, place) ??
        (isPostgres(place) || typeof err.severity === 'string'
          ? postgresFault(err, place)
          : undefined))
    if (found) return found
  }
  return undefined
}
