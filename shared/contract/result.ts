/** Error codes that can cross any door (IPC, HTTP, CLI). */
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'too_large'
  | 'unknown_channel'
  | 'internal'
  /** The change needs the user's explicit confirmation first (e.g. a pack upgrade archiving many items). */
  | 'confirmation_required'
  /** The data is open read-only (a failed start-up check, a read-only folder or mount). */
  | 'read_only'
  /** The disk holding the data or the export is full. */
  | 'disk_full'
  /** The operating system refused access to a file or folder. */
  | 'permission_denied'
  /** The database file is damaged or is not a Capstan database. */
  | 'corrupt'
  /** Another process holds the data folder or the database is busy. */
  | 'locked'
  /** The database server cannot be reached. */
  | 'unavailable'

/**
 * Error codes that say the storage failed, not the request: a full disk, a read-only or refused
 * folder, a damaged file, a busy or unreachable database. The CLI exits 4 on them, the HTTP host
 * answers with their own status, and the interface shows a banner.
 */
export const FAULT_CODES = [
  'read_only',
  'disk_full',
  'permission_denied',
  'corrupt',
  'locked',
  'unavailable',
] as const satisfies readonly ErrorCode[]

/** Kinds of field problem, used by the UI to translate a message. */
export type ProblemCode =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'too_small'
  | 'too_big'
  | 'not_allowed'
  | 'wrong_type'
  | 'unknown_field'
  | 'duplicate'
  | 'invalid'

/** One problem with one field, in words a planning officer understands. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. `signatories.0.name`; empty for the whole input. */
  path: string
  code: ProblemCode
  /** Plain English sentence naming the field and the problem. */
  message: string
  /** Values the UI may interpolate when translating (field label, limit, options). */
  params?: Record<string, string | number>
}

/** An error as data: thrown errors lose their type when they cross a process boundary. */
export interface AppError {
  code: ErrorCode
  message: string
  details?: FieldProblem[]
}

/** The one result envelope every channel answers with. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Builds a success envelope. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

/** Builds a failure envelope. */
export const fail = (
  code: ErrorCode,
  message: string,
  details?: FieldProblem[],
): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
})
