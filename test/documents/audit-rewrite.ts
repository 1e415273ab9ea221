import Database from 'better-sqlite3'
import pg from 'pg'
import { GENESIS_HASH, hashEntry, type AuditRow } from '../../electron/backend/audit/audit-chain'

/** Where a trail lives: a data folder's SQLite file or a PostgreSQL database. */
export type TrailLocation = { file: string } | { url: string }

// What a determined attacker with write access to the database does: switch off the append-only
// triggers, change one entry, recompute the hash of it and of every entry after it so the chain
// verifies again, and switch the triggers back on.
// A clumsy one (`recompute` false) changes the entry and leaves every hash as it was.
function rechain(
  rows: AuditRow[],
  prevHash: string,
  seq: number,
  edit: (r: AuditRow) => void,
  recompute: boolean,
) {
  if (!recompute)
    return rows
      .filter((row) => row.seq === seq)
      .map((row) => {
        const next = { ...row }
        edit(next)
        return next
      })
  let prev = prevHash
  return rows.map((row) => {
    const next = { ...row, prev_hash: prev }
    if (row.seq === seq) edit(next)
    next.hash = hashEntry(next)
    prev = next.hash
    return next
  })
}

/** Rewrites entry `seq` with `edit` and (unless `recompute` is false) re-hashes it and every later entry. */
export async function rewriteTrail(
  where: TrailLocation,
  seq: number,
  edit: (row: AuditRow) => void,
  recompute = true,
): Promise<void> {
  if ('file' in where) {
    const db = new Database(where.file)
    try {
      const triggers = db
        .prepare(
          "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'",
        )
        .all() as { name: string; sql: string }[]
      db.transaction(() => {
        for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`)
        const before = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq - 1) as
          { hash: string } | undefined
        const rows = db
          .prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq')
          .all(seq) as AuditRow[]
        const update = db.prepare(
          'UPDATE audit_log SET actor = @actor, action = @action, before_json = @before_json, after_json = @after_json, prev_hash = @prev_hash, hash = @hash WHERE seq = @seq',
        )
        for (const r of rechain(rows, before?.hash ?? GENESIS_HASH, seq, edit, recompute))
          update.run(r)
        for (const t of triggers) db.exec(t.sql)
      })()
    } finally {
      db.close()
    }
    return
  }
  const client = new pg.Client({ connectionString: where.url })
  await client.connect()
  try {
    await client.query('BEGIN')
    await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER')
    const before = await client.query('SELECT hash FROM audit_log WHERE seq = $1', [seq - 1])
    const rows = await client.query('SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq', [seq])
    const prev = (before.rows[0]?.hash as string | undefined) ?? GENESIS_HASH
    // bigint comes back from pg as a string; the hash covers the number.
    const trail = rows.rows.map((r: AuditRow) => ({ ...r, seq: Number(r.seq) }))
    for (const r of rechain(trail, prev, seq, edit, recompute))
      await client.query(
        'UPDATE audit_log SET actor = $1, action = $2, before_json = $3, after_json = $4, prev_hash = $5, hash = $6 WHERE seq = $7',
        [r.actor, r.action, r.before_json, r.after_json, r.prev_hash, r.hash, r.seq],
      )
    await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER')
    await client.query('COMMIT')
  } catch (e) {
    await client.query('ROLLBACK')
    throw e
  } finally {
    await client.end()
  }
}

/** Removes every entry after `keep` and lowers the issued counter to match, so the tail is gone. */
export async function truncateTrail(where: TrailLocation, keep: number): Promise<void> {
  if ('file' in where) {
    const db = new Database(where.file)
    try {
      db.exec('DROP TRIGGER audit_log_no_delete')
      db.prepare('DELETE FROM audit_log WHERE seq > ?').run(keep)
      db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_log'").run(keep)
    } finally {
      db.close()
    }
    return
  }
  const client = new pg.Client({ connectionString: where.url })
  await client.connect()
  try {
    await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER')
    await client.query('DELETE FROM audit_log WHERE seq > $1', [keep])
    await client.query('UPDATE audit_issued SET seq = $1', [keep])
  } finally {
    await client.end()
  }
}
