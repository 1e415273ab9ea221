import type { Db } from './db/connection'

/** What every service call needs: the database, who is acting, and the clock. */
export interface ServiceContext {
  db: Db
  actor: string
  /** ISO-8601 timestamp; injectable so tests can fix time. */
  now: () => string
  /** The data folder, for files kept beside the database (exported documents); absent in memory. */
  dataDir?: string
}
