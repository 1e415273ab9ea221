import fs from 'node:fs'
import path from 'node:path'
import type { Db } from './connection'
import { DatabaseTooNewError } from '../errors'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations'

/** What a migration run did. */
export interface MigrationReport {
  from: number
  to: number
  backupFile?: string
}

/** Reads the schema version stored in the file. */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings the database up to the latest schema. Refuses a newer database; backs up an existing
 * one before touching it; each step and its version bump commit together.
 */
export function migrate(
  db: Db,
  opts: { backupDir: string; now?: () => Date; migrations?: readonly Migration[] },
): MigrationReport {
  const list = opts.migrations ?? MIGRATIONS
  const latest = list.at(-1)?.version ?? 0
  const from = schemaVersion(db)
  if (from > latest) throw new DatabaseTooNewError(from, latest)
  if (from === latest) return { from, to: from }

  let backupFile: string | undefined
  if (from > 0)
    backupFile = backupBeforeMigration(db, from, opts.backupDir, opts.now?.() ?? new Date())

  for (const step of list) {
    if (step.version <= from) continue
    db.transaction(() => {
      db.exec(step.sql)
      db.pragma(`user_version = ${step.version}`)
    })()
  }
  return { from, to: latest, backupFile }
}

function backupBeforeMigration(db: Db, from: number, dir: string, now: Date): string {
  fs.mkdirSync(dir, { recursive: true })
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const file = path.join(dir, `before-migration-v${from}-${stamp}.sqlite`)
  // VACUUM INTO writes a consistent, self-contained copy (WAL content included).
  db.prepare('VACUUM INTO ?').run(file)
  return file
}

export { LATEST_SCHEMA_VERSION }
