import Database from 'better-sqlite3'

/** The one database handle type used across the backend. */
export type Db = Database.Database

/** Opens the database with the settings sign-offs and the audit trail rely on. */
export function openConnection(file: string): Db {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  // FULL: a committed sign-off or audit entry survives a power cut.
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  return db
}
