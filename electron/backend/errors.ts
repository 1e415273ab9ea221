import type { ErrorCode, FieldProblem } from '../../shared/contract'

/** A failure a service raises on purpose; the dispatcher turns it into an error envelope. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}

/** Raised when a database file was written by a newer Capstan. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data folder was last used by a newer version of Capstan (database schema ${found}; ` +
        `this version understands up to ${supported}). Install the newer Capstan, or restore a ` +
        `backup made by this version. Nothing was changed.`,
    )
    this.name = 'DatabaseTooNewError'
  }
}

/** Raised when the database cannot be reached or opened; the message is one plain sentence. */
export class StorageUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StorageUnavailableError'
  }
}
