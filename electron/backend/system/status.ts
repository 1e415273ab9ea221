import type { Db } from '../db/connection'
import { schemaVersion } from '../db/migrate'
import { countAudit, verifyAudit } from '../audit/audit-repo'

/** What `capstan status` reports. */
export interface DataStatus {
  schemaVersion: number
  tables: Record<string, number>
  auditEntries: number
  auditIntact: boolean
}

/** Schema version, row counts per table and the audit trail's size. */
export function dataStatus(db: Db): DataStatus {
  const names = (
    db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name)
  const tables: Record<string, number> = {}
  for (const name of names) {
    // Names come from sqlite_schema, not from user input.
    tables[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n
  }
  return {
    schemaVersion: schemaVersion(db),
    tables,
    auditEntries: countAudit(db),
    auditIntact: verifyAudit(db).intact,
  }
}
