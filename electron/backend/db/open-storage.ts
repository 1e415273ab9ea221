import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { DatabaseTooNewError, StorageUnavailableError } from '../errors'
import { classifyFault } from '../faults'
import { makePrivateDir, makePrivateFile } from '../files'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { isPostgresUrl, openSqliteFile, redactUrl, sqliteStorage, type Storage } from './connection'
import { DB_FILE_NAME } from './db-file'

export { DB_FILE_NAME }

/** Where the data is: a data folder's SQLite file, a PostgreSQL URL, or a throw-away memory DB. */
export type StorageTarget =
  { kind: 'sqlite'; file: string } | { kind: 'memory' } | { kind: 'postgres'; url: string }

/** A data folder or a postgres:// URL, as the command line and environment give it. */
export function targetOf(dirOrUrl: string): StorageTarget {
  return isPostgresUrl(dirOrUrl)
    ? { kind: 'postgres', url: dirOrUrl.trim() }
    : { kind: 'sqlite', file: path.join(path.resolve(dirOrUrl), DB_FILE_NAME) }
}

// PostgreSQL and network errors, in the words an IT administrator acts on.
function explainPostgresFailure(e: unknown, url: string): string {
  const err = e as { code?: string; message?: string }
  const where = redactUrl(url)
  const host = (() => {
    try {
      const u = new URL(url)
      return `${u.hostname}:${u.port || 5432}`
    } catch {
      return where
    }
  })()
  switch (err.code) {
    case 'ECONNREFUSED':
      return `The PostgreSQL server at ${host} refused the connection: check that it is running and listening there.`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The PostgreSQL server name in ${where} could not be found: check the address.`
    case 'ETIMEDOUT':
      return `The PostgreSQL server at ${host} did not answer in time: check the address and the network.`
    case '3D000':
      return `The database named in ${where} does not exist: ask IT to create it (see README, "Team database").`
    case '28P01':
    case '28000':
      return `PostgreSQL refused the user or password in ${where}: check them with IT.`
    case '42501':
      return `The PostgreSQL user in ${where} lacks the privileges Capstan needs (it must own the database or be allowed to create tables in it).`
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `The PostgreSQL server's TLS certificate is not trusted: give its CA with sslrootcert=… in the URL, or ask IT.`
  }
  if (/ssl|tls/i.test(err.message ?? ''))
    return `The TLS connection to the PostgreSQL server at ${host} failed: check the sslmode in ${where}.`
  if (/invalid url|invalid connection string/i.test(err.message ?? ''))
    return `The database URL is not valid: write it as postgres://user:password@host:5432/database.`
  return `Capstan could not use the PostgreSQL database ${where}: ${(err.message ?? 'unknown error').replaceAll(url, where)}`
}

/** Turns a failure while opening or migrating into one sentence, or rethrows what is no fault. */
export function storageFailure(e: unknown, target: StorageTarget): StorageUnavailableError {
  if (e instanceof StorageUnavailableError) return e
  if (target.kind === 'postgres')
    return new StorageUnavailableError(explainPostgresFailure(e, target.url))
  const err = e as { code?: string; message?: string }
  const file = target.kind === 'sqlite' ? target.file : 'the database'
  if (err.code === 'SQLITE_NOTADB')
    return new StorageUnavailableError(
      `${file} is not a Capstan database (or it is damaged beyond reading). Nothing was changed; restore a backup: "capstan backup list", then "capstan restore FILE".`,
    )
  // A full disk, a read-only mount, a refused folder, a busy file: the same sentences as later.
  const known =
    target.kind === 'sqlite' ? classifyFault(e, { dataDir: path.dirname(file) }) : undefined
  if (known && err.code !== 'SQLITE_CANTOPEN') return new StorageUnavailableError(known.message)
  if (err.code === 'SQLITE_CANTOPEN' || err.code === 'EACCES' || err.code === 'EPERM')
    return new StorageUnavailableError(
      `Capstan cannot open ${file}: check that the folder exists and you may write to it.`,
    )
  return new StorageUnavailableError(
    `Capstan could not open ${file}: ${err.message ?? 'unknown error'}`,
  )
}

/**
 * Looks at an existing file read-only before anything may write to it: an empty file is not a
 * new administration, a file that is no database is not overwritten, and a database from a
 * newer Capstan is refused with every byte as it was (not even switched to WAL).
 */
function checkSqliteFile(file: string): void {
  if (fs.statSync(file).size === 0)
    throw new StorageUnavailableError(
      `${file} is empty (0 bytes), so it holds no administration. Restore a backup, or move the file aside to start a new one.`,
    )
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > LATEST_SCHEMA_VERSION)
      throw new DatabaseTooNewError(version, LATEST_SCHEMA_VERSION)
  } finally {
    db.close()
  }
}

/** Opens the database a target names; connection problems become one plain sentence. */
export async function openStorage(
  target: StorageTarget,
  opts: { readOnly?: boolean } = {},
): Promise<Storage> {
  try {
    if (target.kind === 'postgres') {
      const { openPostgresPool, postgresStorage } = await import('./connection-postgres')
      const pool = openPostgresPool(target.url, 10, opts.readOnly)
      try {
        const client = await pool.connect()
        client.release()
      } catch (e) {
        await pool.end().catch(() => undefined)
        throw e
      }
      return postgresStorage(pool, target.url, opts.readOnly)
    }
    if (target.kind === 'memory') return sqliteStorage(openSqliteFile(':memory:'), ':memory:')
    if (fs.existsSync(target.file)) checkSqliteFile(target.file)
    if (opts.readOnly)
      return sqliteStorage(openSqliteFile(target.file, { readOnly: true }), target.file)
    makePrivateDir(path.dirname(target.file))
    const storage = sqliteStorage(openSqliteFile(target.file), target.file)
    makePrivateFile(target.file)
    return storage
  } catch (e) {
    if (e instanceof DatabaseTooNewError) throw e
    throw storageFailure(e, target)
  }
}
