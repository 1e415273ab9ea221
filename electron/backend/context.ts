import type { Engine } from './db/connection'
import type { Db } from './db/database'

/** What every service call needs: the database, who is acting, and the clock. */
export interface ServiceContext {
  /** The database, or inside `inTransaction` the open transaction. */
  db: Db
  engine: Engine
  actor: string
  /** ISO-8601 timestamp; injectable so tests can fix time. */
  now: () => string
  /** The data folder, for files kept beside the database (exported documents); absent in memory. */
  dataDir?: string
  /** Entity types this call wrote (the audit append records them): the source of change events. */
  written?: Set<string>
  /**
   * Takes a verified backup now (outside any transaction), before a risky change such as a pack
   * upgrade that archives many items; absent where there is nothing to back up (in memory).
   */
  backupNow?: (reason: string) => Promise<void>
  /** Set when the data is open read-only: why, in one sentence (writes are refused). */
  readOnlyReason?: string
}
