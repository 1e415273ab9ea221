import fs from 'node:fs'
import Database from 'better-sqlite3'
import type { AuditHead, BackupCheck } from '../../../shared/contract'
import { auditHead, verifyAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { sqliteStorage, type Storage } from '../db/connection'
import { migrate, sqliteSchemaVersion } from '../db/migrate'
import { copyDatabase } from '../system/db-copy'

/** What a finished copy holds and what its check found. */
export interface CheckedCopy {
  check: BackupCheck
  schemaVersion: number
  auditHead: AuditHead | null
}

/**
 * Writes a consistent copy of the open database to `dest` (which must not exist): SQLite's
 * online backup (the programme stays usable meanwhile), turned into one self-contained file; on
 * PostgreSQL a portable SQLite archive of every row, the format `capstan db copy` reads.
 */
export async function writeCopy(
  storage: Storage,
  ctx: ServiceContext,
  dest: string,
): Promise<void> {
  if (storage.sqlite) {
    await storage.sqlite.backup(dest)
    const copy = new Database(dest)
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    return
  }
  const raw = new Database(dest)
  const target = sqliteStorage(raw, dest)
  try {
    raw.pragma('foreign_keys = ON')
    await migrate(target)
    await copyDatabase(
      ctx,
      { ...ctx, db: target.db, engine: 'sqlite', written: undefined },
      { dryRun: false },
    )
  } finally {
    await target.close()
  }
}

/** Opens a copy read-only and checks it: SQLite's integrity check, then the whole audit chain. */
export async function checkCopy(file: string): Promise<CheckedCopy> {
  let raw: Database.Database
  try {
    raw = new Database(file, { readonly: true, fileMustExist: true })
  } catch (e) {
    return failed(`The backup file cannot be opened (${(e as Error).message}).`)
  }
  const storage = sqliteStorage(raw, file)
  try {
    const integrity = String(raw.pragma('integrity_check', { simple: true }))
    const schemaVersion = sqliteSchemaVersion(raw)
    if (integrity !== 'ok')
      return {
        ...failed(
          `The backup file is damaged (SQLite reports: ${firstComplaint(integrity)}).`,
          integrity,
        ),
        schemaVersion,
      }
    const ctx: ServiceContext = { db: storage.db, engine: 'sqlite', actor: '', now: () => '' }
    const audit = await verifyAudit(ctx)
    const head = (await auditHead(ctx)) ?? null
    return {
      check: {
        ok: audit.intact,
        integrity,
        auditChecked: audit.checked,
        problem: audit.intact ? undefined : `Its audit trail is broken: ${audit.firstBad?.problem}`,
      },
      schemaVersion,
      auditHead: head,
    }
  } catch (e) {
    return failed(`The backup file is not a readable Capstan database (${(e as Error).message}).`)
  } finally {
    await storage.close()
  }
}

/** The first line of an integrity report that says something (not the "*** in database" header). */
export const firstComplaint = (report: string): string =>
  report
    .split('\n')
    .find((l) => l.trim() && !l.startsWith('***'))
    ?.trim() ?? report

function failed(problem: string, integrity = 'not checked'): CheckedCopy {
  return {
    check: { ok: false, integrity, auditChecked: 0, problem },
    schemaVersion: 0,
    auditHead: null,
  }
}

/** Flushes a finished file to disk. */
export function flushFile(file: string): void {
  const fd = fs.openSync(file, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}
