import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fail, type AppMode, type EventName, type Result } from '../../shared/contract'
import { APP_VERSION } from '../../shared/version'
import type { ServiceContext } from './context'
import { openConnection, type Db } from './db/connection'
import { migrate, schemaVersion, type MigrationReport } from './db/migrate'
import { dispatch } from './dispatch'
import { createHandlers, type Handlers } from './handlers'
import { ensureBuiltinPack } from './packs/builtin'

/** The database file inside a data folder. */
export const DB_FILE_NAME = 'capstan.sqlite'

/** Options for opening a data folder. */
export interface BackendOptions {
  dataDir: string
  mode: AppMode
  actor?: string
  now?: () => string
  /** Install the built-in template pack into a database that lacks it (default true). */
  installBuiltinPack?: boolean
  /** A throw-away database in memory (e.g. to validate a pack with no data folder). */
  inMemory?: boolean
}

/** An open data folder with the services bound to it. */
export interface Backend {
  ctx: ServiceContext
  dataDir: string
  migration: MigrationReport
  /** Runs a channel and waits for its answer: what the doors (IPC, HTTP, CLI) use. */
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>
  /** Runs a synchronous channel (tests, scripts); an asynchronous one answers with an error. */
  call(channel: unknown, input: unknown): Result<unknown>
  onEvent(listener: (event: EventName) => void): () => void
  close(): void
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

/** Opens (creating if needed) and migrates the database in `dataDir`. */
export function openBackend(opts: BackendOptions): Backend {
  const dataDir = path.resolve(opts.dataDir)
  if (!opts.inMemory) fs.mkdirSync(dataDir, { recursive: true })
  const db: Db = openConnection(opts.inMemory ? ':memory:' : path.join(dataDir, DB_FILE_NAME))
  let migration: MigrationReport
  try {
    migration = migrate(db, { backupDir: path.join(dataDir, 'backups') })
  } catch (e) {
    db.close()
    throw e
  }
  const ctx: ServiceContext = {
    db,
    actor: opts.actor ?? defaultActor(),
    now: opts.now ?? (() => new Date().toISOString()),
    dataDir: opts.inMemory ? undefined : dataDir,
  }
  if (opts.installBuiltinPack ?? true) {
    try {
      ensureBuiltinPack(ctx)
    } catch (e) {
      db.close()
      throw e
    }
  }
  const handlers: Handlers = createHandlers(() => ({
    version: APP_VERSION,
    schemaVersion: schemaVersion(db),
    dataDir,
    actor: ctx.actor,
    mode: opts.mode,
  }))
  const listeners = new Set<(event: EventName) => void>()
  const emit = (event: EventName) => listeners.forEach((l) => l(event))
  return {
    ctx,
    dataDir,
    migration,
    invoke: async (channel, input) => dispatch(ctx, handlers, channel, input, emit),
    call: (channel, input) => {
      const r = dispatch(ctx, handlers, channel, input, emit)
      if (r instanceof Promise) {
        r.catch(() => undefined)
        return fail('internal', `"${String(channel)}" finishes later: call it with invoke().`)
      }
      return r
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => db.close(),
  }
}
