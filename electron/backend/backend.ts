import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  isEventName,
  type AppMode,
  type DataHealth,
  type EventName,
  type Result,
} from '../../shared/contract'
import { APP_VERSION } from '../../shared/version'
import { newestGoodBackup, takeBackup, type DataSafetyHost } from './backup/backup-service'
import type { ServiceContext } from './context'
import { redactUrl, type Storage } from './db/connection'
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion, type MigrationReport } from './db/migrate'
import { DB_FILE_NAME, openStorage, storageFailure, type StorageTarget } from './db/open-storage'
import { lockDataFolder, type LockHolder } from './data-lock'
import { dispatch } from './dispatch'
import { DatabaseTooNewError, StorageUnavailableError } from './errors'
import { makePrivateDir } from './files'
import type { Handlers } from './handler-types'
import { createHandlers } from './handlers'
import { ensureBuiltinPack } from './packs/builtin'
import { runStartupCheck, type StartupCheck } from './system/startup-check'

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
  /**
   * Become the one writer of the data folder (SQLite): the desktop, `serve`, or a CLI command
   * that writes. Another process holding it is named; a CLI command waits up to `lockWaitMs`.
   */
  holder?: LockHolder
  lockWaitMs?: number
}

/** An open data folder with the services bound to it. */
export interface Backend {
  ctx: ServiceContext
  /** The open database (a restore replaces it). */
  readonly storage: Storage
  dataDir: string
  migration: MigrationReport
  /** What the start-up check found: 'read_only' means nothing may be written. */
  readonly health: DataHealth
  readonly startup: StartupCheck
  /** Backups and restore of this folder; absent in memory. */
  dataSafety?: DataSafetyHost
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

interface Opened {
  storage: Storage
  migration: MigrationReport
  startup: StartupCheck
}

const NOT_CHECKED: StartupCheck = { health: { state: 'ok' }, auditEntries: 0, ms: 0 }

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
  const release =
    opts.holder && target.kind === 'sqlite'
      ? await lockDataFolder(dataDir, opts.holder, { waitMs: opts.lockWaitMs })
      : () => undefined

  const ctx: ServiceContext = {
    db: undefined as never,
    engine: target.kind === 'postgres' ? 'postgres' : 'sqlite',
    actor: opts.actor ?? defaultActor(),
    now: opts.now ?? (() => new Date().toISOString()),
    dataDir: opts.inMemory ? undefined : dataDir,
  }
  let current: Opened
  const host: DataSafetyHost | undefined = opts.inMemory
    ? undefined
    : {
        dataDir,
        ctx,
        storage: () => current.storage,
        health: () => current.startup.health,
        reopenAround: async (swap, how) => {
          await current.storage.close()
          await swap()
          current = await openChecked(how?.writable ? 'writable' : 'checked')
        },
      }
  if (host) ctx.backupNow = async (reason) => void (await takeBackup(host, reason))

  // Opens the database and checks it; a failed check reopens it read-only.
  async function openChecked(how: 'checked' | 'writable'): Promise<Opened> {
    const storage = await openStorage(target)
    const use = (s: Storage) => {
      ctx.db = s.db
      ctx.engine = s.engine
    }
    use(storage)
    try {
      const fresh = (await schemaVersion(storage).catch(() => 0)) === 0
      if (opts.mustExist && fresh) throw notInitialised()
      // A new database has nothing to check yet (an empty file was refused before this).
      const startup =
        opts.inMemory || fresh || how === 'writable'
          ? NOT_CHECKED
          : await runStartupCheck(storage, ctx, dataDir)
      if (startup.health.state !== 'ok') {
        await storage.close()
        const readOnly = await openStorage(target, { readOnly: true })
        use(readOnly)
        ctx.readOnlyReason = startup.health.problem
        const good = newestGoodBackup(dataDir)
        if (good)
          startup.health.newestGoodBackup = {
            name: good.name,
            takenAt: good.takenAt,
            reason: good.reason,
          }
        const v = await schemaVersion(readOnly)
        return { storage: readOnly, migration: { from: v, to: v }, startup }
      }
      ctx.readOnlyReason = undefined
      current = { storage, migration: { from: 0, to: 0 }, startup }
      const from = await schemaVersion(storage)
      const backupFile =
        host && target.kind === 'sqlite' && from > 0 && from < LATEST_SCHEMA_VERSION
          ? (await takeBackup(host, 'before schema upgrade')).file
          : undefined
      const migration = { ...(await migrate(storage)), backupFile }
      if (opts.installBuiltinPack ?? true) await ensureBuiltinPack(ctx)
      return { storage, migration, startup }
    } catch (e) {
      await storage.close().catch(() => undefined)
      if (e instanceof DatabaseTooNewError) throw e
      throw storageFailure(e, target)
    }
  }

  try {
    current = await openChecked('checked')
  } catch (e) {
    release()
    throw e
  }
  const handlers: Handlers = createHandlers(
    async () => ({
      version: APP_VERSION,
      schemaVersion: await schemaVersion(current.storage),
      dataDir,
      actor: ctx.actor,
      mode: opts.mode,
    }),
    host,
  )
  const listeners = new Set<(event: EventName) => void>()
  const deliver = (event: EventName) => listeners.forEach((l) => l(event))
  // On PostgreSQL other Capstan processes (a second server, the CLI) hear of changes too.
  const pool = current.storage.pool
  const feed =
    pool && opts.databaseUrl
      ? await import('./db/change-feed')
          .then(({ startChangeFeed }) =>
            startChangeFeed(pool, opts.databaseUrl!, (e) => {
              if (isEventName(e)) deliver(e)
            }),
          )
          .catch(() => undefined)
      : undefined
  const emit = (event: EventName) => {
    deliver(event)
    feed?.publish(event)
  }
  const invoke = (channel: unknown, input: unknown) => dispatch(ctx, handlers, channel, input, emit)
  return {
    ctx,
    get storage() {
      return current.storage
    },
    dataDir,
    get migration() {
      return current.migration
    },
    get health() {
      return current.startup.health
    },
    get startup() {
      return current.startup
    },
    dataSafety: host,
    invoke,
    call: invoke,
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: async () => {
      await feed?.close()
      await current.storage.close()
      release()
    },
  }
}
