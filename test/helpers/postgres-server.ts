import { execFile, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

// A throwaway PostgreSQL server for the test suite: a fresh cluster in a temp folder on a free
// loopback port, started once per vitest run by global-setup.ts.

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test PostgreSQL server; undefined when CAPSTAN_TEST_POSTGRES=0. */
    pgAdminUrl: string | undefined
  }
}

const run = promisify(execFile)

export interface TestPostgres {
  /** `postgres://capstan@127.0.0.1:PORT/postgres`, a superuser on the maintenance database. */
  adminUrl: string
  stop(): Promise<void>
}

const MISSING =
  'PostgreSQL tests need the PostgreSQL server: run `apt-get install -y postgresql` (or set CAPSTAN_TEST_DATABASE_URL).'

/** The newest /usr/lib/postgresql/<version>/bin, or undefined. */
function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql'
  let versions: string[]
  try {
    versions = fs.readdirSync(root)
  } catch {
    return undefined
  }
  return versions
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    .map((v) => path.join(root, v, 'bin'))[0]
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/**
 * Starts a throwaway PostgreSQL server (or uses CAPSTAN_TEST_DATABASE_URL when set). initdb and
 * pg_ctl refuse to run as root, so as root the cluster belongs to `nobody`.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const external = process.env.CAPSTAN_TEST_DATABASE_URL
  if (external) return { adminUrl: external, stop: async () => undefined }

  const bin = findPostgresBin()
  if (!bin) throw new Error(MISSING)

  const asRoot = process.getuid?.() === 0
  const cmd = (tool: string, args: string[]): [string, string[]] =>
    asRoot
      ? ['runuser', ['-u', 'nobody', '--', path.join(bin, tool), ...args]]
      : [path.join(bin, tool), args]

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-pg-'))
  if (asRoot) fs.chownSync(dir, uidOf('nobody'), gidOf('nobody'))
  const data = path.join(dir, 'data')
  const log = path.join(dir, 'log')
  const pgCtlStop = cmd('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])

  let started = false
  const stopSync = (): void => {
    if (started) spawnSync(pgCtlStop[0], pgCtlStop[1], { stdio: 'ignore' })
    started = false
    fs.rmSync(dir, { recursive: true, force: true })
  }
  // A crashed or interrupted run must not leave a server behind.
  process.once('exit', stopSync)

  try {
    await run(
      ...cmd('initdb', [
        '-D',
        data,
        '-A',
        'trust',
        '-U',
        'capstan',
        '--no-sync',
        '-E',
        'UTF8',
        '--locale=C.UTF-8',
      ]),
    )
    let port = 0
    for (let attempt = 1; ; attempt++) {
      port = await freePort()
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=300',
      ].join(' ')
      try {
        started = true
        await run(...cmd('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', 'start']))
        break
      } catch (e) {
        started = false
        // Another process may have taken the port between the probe and the start.
        if (attempt >= 3) {
          const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : ''
          throw new Error(`PostgreSQL did not start: ${(e as Error).message}\n${tail}`, {
            cause: e,
          })
        }
      }
    }
    return {
      adminUrl: `postgres://capstan@127.0.0.1:${port}/postgres`,
      stop: async () => {
        process.removeListener('exit', stopSync)
        if (started) await run(...pgCtlStop).catch(() => undefined)
        started = false
        fs.rmSync(dir, { recursive: true, force: true })
      },
    }
  } catch (e) {
    process.removeListener('exit', stopSync)
    stopSync()
    throw e
  }
}

function uidOf(user: string): number {
  return Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim())
}
function gidOf(user: string): number {
  return Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim())
}

const withDatabase = (url: string, name: string): string => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

const databaseOf = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1))

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/** Creates a fresh, uniquely named database (capstan_t_<hex> unless named) and returns its URL. */
export async function createTestDatabase(adminUrl: string, name?: string): Promise<string> {
  const db = name ?? `capstan_t_${randomBytes(6).toString('hex')}`
  if (!SAFE_NAME.test(db)) throw new Error(`Not a usable database name: ${db}`)
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${db}"`)
  } finally {
    await admin.end()
  }
  return withDatabase(adminUrl, db)
}

/** Drops a database made by createTestDatabase, closing any connections still open on it. */
export async function dropTestDatabase(adminUrl: string, url: string): Promise<void> {
  const db = databaseOf(url)
  if (!SAFE_NAME.test(db)) throw new Error(`Not a usable database name: ${db}`)
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`)
  } finally {
    await admin.end()
  }
}
