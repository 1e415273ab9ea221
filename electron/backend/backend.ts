import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isEventName, type AppMode, type EventName, type Result } from '../../shared/contract'
import { APP_VERSION } from '../../shared/version'
import type { ServiceContext } from './context'
import { redactUrl, type Storage } from './db/connection'
import { startChangeFeed } from './db/change-feed'
import { migrate, schemaVersion, type MigrationReport } from './db/migrate'
import { DB_FILE_NAME, openStorage, storageFailure, type StorageTarget } from './db/open-storage'
import { dispatch } from './dispatch'
import { DatabaseTooNewError, StorageUnavailableError } from './errors'
import { createHandlers, type Handlers } from './handlers'
import { makePrivateDir } from './files'
import { ensureBuiltinPack } from './packs/builtin'

export { DB_FILE_NAME }

/** Options for opening a data folder. */
export interface BackendOptions {
  /** The data folder: the SQLite file (unless `databaseUrl`), exports and backups live here. */
  dataDir: string
  /** A postgres:// URL: keep the programme in that PostgreSQL database instead of the folder. */
  databaseUrl?: string
  mode: AppMode
  actor?: string
  now?: () => string
  /** Install the built-in template pack into a database that lacks it (default true). */
  installBuiltinPack?: boolean
  /** A throw-away database in memory (e.g. to validate a pack with no data folder). */
  inMemory?: boolean
  /** Refuse (StorageUnavailableError) instead of creating a new administration. */
  mustExist?: boolean
}

/** An open data folder with the services bound to it. */
export interface Backend {
  ctx: ServiceContext
  storage: Storage
  dataDir: string
  migration: MigrationReport
  /** Runs a channel and waits for its answer: what the doors (IPC, HTTP, CLI) use. */
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>
  /** The same as invoke (the short name tests and scripts use). */
  call(channel: unknown, input: unknown): Promise<Result<unknown>>
  onEvent(listener: (event: EventName) => void): () => void
  close(): Promise<void>
}

/** The OS user name, which stands in for a user profile until accounts exist. */
export function defaultActor(): string {
  if (process.env.CAPSTAN_ACTOR?.trim()) return process.env.CAPSTAN_ACTOR.trim()
  try {
    return os.userInfo().username || 'unknown user'
  } catch {
    return 'unknown user'
  }
}

/** Where a backend's data lives, from its options. */
export function storageTargetOf(opts: BackendOptions): StorageTarget {
  if (opts.databaseUrl) return { kind: 'postgres', url: opts.databaseUrl }
  if (opts.inMemory) return { kind: 'memory' }
  return { kind: 'sqlite', file: path.join(path.resolve(opts.dataDir), DB_FILE_NAME) }
}

/** Opens (creating if needed) and migrates the database of a data folder or a PostgreSQL URL. */
export async function openBackend(opts: BackendOptions): Promise<Backend> {
  const dataDir = path.resolve(opts.dataDir)
  if (!opts.inMemory && !opts.mustExist) makePrivateDir(dataDir)
  const target = storageTargetOf(opts)
  const where = target.kind === 'postgres' ? redactUrl(target.url) : dataDir
  const notInitialised = () =>
    new StorageUnavailableError(
      `There is no Capstan data in ${where}. Create it with: capstan init ${target.kind === 'postgres' ? '--database URL' : `--data-dir "${dataDir}"`}`,
    )
  if (opts.mustExist && target.kind === 'sqlite' && !fs.existsSync(target.file))
    throw notInitialised()
  const storage = await openStorage(target)
  if (opts.mustExist && (await schemaVersion(storage).catch(() => 0)) === 0) {
    await storage.close()
    throw notInitialised()
  }
  let migration: MigrationReport
  const ctx: ServiceContext = {
    db: storage.db,
    engine: storage.engine,
    actor: opts.actor ?? defaultActor(),
    now: opts.now ?? (() => new Date().toISOString()),
    dataDir: opts.inMemory ? undefined : dataDir,
  }
  try {
    migration = await migrate(storage, { backupDir: path.join(dataDir, 'backups') })
    if (opts.installBuiltinPack ?? true) await ensureBuiltinPack(ctx)
  } catch (e) {
    await storage.close().catch(() => undefined)
    if (e instanceof DatabaseTooNewError) throw e
    throw storageFailure(e, target)
  }
  const handlers: Handlers = createHandlers(async () => ({
    version: APP_VERSION,
    schemaVersion: await schemaVersion(storage),
    dataDir,
    actor: ctx.actor,
    mode: opts.mode,
  }))
  const listeners = new Set<(event: EventName) => void>()
  const deliver = (event: EventName) => listeners.forEach((l) => l(event))
  // On PostgreSQL other Capstan processes (a second server, the CLI) hear of changes too.
  const feed =
    storage.pool && opts.databaseUrl
      ? await startChangeFeed(storage.pool, opts.databaseUrl, (e) => {
          if (isEventName(e)) deliver(e)
        }).catch(() => undefined)
      : undefined
  const emit = (event: EventName) => {
    deliver(event)
    feed?.publish(event)
  }
  const invoke = (channel: unknown, input: unknown) => dispatch(ctx, handlers, channel, input, emit)
  return {
    ctx,
    storage,
    dataDir,
    migration,
    invoke,
    call: invoke,
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: async () => {
      await feed?.close()
      await storage.close()
    },
  }
}
