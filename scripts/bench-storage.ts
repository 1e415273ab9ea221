// `npm run bench`, storage part: builds ten times the demo administration through the channels
// on SQLite and on PostgreSQL, then times every read a view makes on opening and the common
// writes (p50/p95 of 30 runs after 3 warm-ups), each beside the raw driver running the very
// statements the channel ran. Targets (SQLite): reads p95 < 10 ms and within 2× raw; writes
// p95 < 10 ms; `capstan status` p50 < 0.5 s. PostgreSQL figures are recorded, with no target.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely'
import { openBackend, type Backend } from '../electron/backend/backend'
import type { Database } from '../electron/backend/db/database'
import { dispatch } from '../electron/backend/dispatch'
import { createHandlers } from '../electron/backend/handlers'
import { copyDatabase } from '../electron/backend/system/db-copy'
import {
  createTestDatabase,
  startTestPostgres,
  type TestPostgres,
} from '../test/helpers/postgres-server'
import { benchCounts, buildTimesDemo, probesOf, type Probe } from './bench-storage-build'
import { dataSafetyTimes, longTrailTimes } from './bench-data-safety'

const SCALE = Number(process.env.CAPSTAN_BENCH_SCALE ?? 10)
const WARM_UPS = 3
const RUNS = 30
const TARGET_MS = 10
const PG_BUILD_LIMIT_S = 180

interface Statement {
  sql: string
  parameters: readonly unknown[]
}
interface Row {
  engine: string
  label: string
  write: boolean
  statements: number
  times: number[]
  raw: number[]
}

const ms = (start: number) => performance.now() - start
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)]!
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2))
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')

class Rollback extends Error {}
class TooSlow extends Error {
  constructor(readonly projectedS: number) {
    super(`projected ${projectedS.toFixed(0)} s`)
  }
}
const CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i

/**
 * Times each probe through the backend (as a view calls it) and, in the same loop, the raw
 * driver running the statements that call ran: captured through a second Kysely over the same
 * connection whose `log` records every query. Writes are captured in a transaction that is rolled
 * back, replayed raw in BEGIN … ROLLBACK (so nothing drifts), then run for real (committed).
 */
async function measure(engine: string, b: Backend): Promise<Row[]> {
  let sink: Statement[] = []
  const log = (e: LogEvent) => {
    if (e.level === 'query' && !CONTROL.test(e.query.sql))
      sink.push({ sql: e.query.sql, parameters: e.query.parameters })
  }
  const { sqlite, pool } = b.storage
  // Never destroyed: it shares the backend's handle or pool, which backend.close() ends.
  const logging = new Kysely<Database>({
    dialect: sqlite
      ? new SqliteDialect({ database: sqlite })
      : new PostgresDialect({ pool: pool! }),
    log,
  })
  const handlers = createHandlers(async () => {
    throw new Error('app:info is not benchmarked')
  })
  const capture = async (p: Probe, input: unknown): Promise<Statement[]> => {
    sink = []
    const run = async (db: Kysely<Database>) => {
      const r = await dispatch({ ...b.ctx, db }, handlers, p.channel, input)
      if (!r.ok) throw new Error(`${p.label} (capture): ${r.error.message}`)
    }
    if (!p.write) await run(logging)
    else
      await logging
        .transaction()
        .execute(async (trx) => {
          await run(trx)
          throw new Rollback()
        })
        .catch((e: unknown) => {
          if (!(e instanceof Rollback)) throw e
        })
    return sink
  }
  const prepared = new Map<string, ReturnType<NonNullable<typeof sqlite>['prepare']>>()
  const replay = async (statements: Statement[], write: boolean): Promise<void> => {
    if (sqlite) {
      if (write) sqlite.exec('BEGIN IMMEDIATE')
      for (const s of statements) {
        let stmt = prepared.get(s.sql)
        if (!stmt) prepared.set(s.sql, (stmt = sqlite.prepare(s.sql)))
        if (stmt.reader) stmt.all(s.parameters)
        else stmt.run(s.parameters)
      }
      if (write) sqlite.exec('ROLLBACK')
      return
    }
    const client = write ? await pool!.connect() : pool!
    try {
      if (write) await client.query('BEGIN')
      for (const s of statements) await client.query(s.sql, [...s.parameters])
      if (write) await client.query('ROLLBACK')
    } finally {
      if (write) (client as { release(): void }).release()
    }
  }

  const rows: Row[] = []
  const probes = await probesOf(b)
  console.log(`\n${engine}: timing ${probes.length} channels, ${WARM_UPS} + ${RUNS} runs each …`)
  for (const p of probes) {
    const row: Row = { engine, label: p.label, write: p.write, statements: 0, times: [], raw: [] }
    let statements = p.write ? [] : await capture(p, p.input())
    for (let i = 0; i < WARM_UPS + RUNS; i++) {
      const input = p.input()
      if (p.write) statements = await capture(p, input)
      let start = performance.now()
      await replay(statements, p.write)
      const raw = ms(start)
      start = performance.now()
      const r = await b.invoke(p.channel, input)
      const took = ms(start)
      if (!r.ok) throw new Error(`${p.label} failed: ${r.error.code}: ${r.error.message}`)
      p.saved?.(r.value)
      if (i >= WARM_UPS) {
        row.times.push(took)
        row.raw.push(raw)
      }
    }
    row.statements = statements.length
    rows.push(row)
  }
  return rows
}

function verdict(r: Row): string {
  if (r.engine !== 'SQLite') return 'recorded (no target)'
  const p95 = pct(r.times, 0.95)
  const ratio = p95 / pct(r.raw, 0.95)
  const over: string[] = []
  if (p95 >= TARGET_MS) over.push(`p95 ${fmt(p95 / TARGET_MS)}× the ${TARGET_MS} ms`)
  if (!r.write && ratio > 2) over.push(`${ratio.toFixed(1)}× raw`)
  return over.length ? `OVER TARGET (${over.join(', ')})` : 'ok'
}

function printTable(rows: Row[]): void {
  const head = 'engine|channel|stmts|p50 ms|p95 ms|raw p50|raw p95|ratio|verdict'.split('|')
  const lines = rows.map((r) => {
    const [p50, p95] = [pct(r.times, 0.5), pct(r.times, 0.95)]
    const [r50, r95] = [pct(r.raw, 0.5), pct(r.raw, 0.95)]
    return [
      r.engine,
      r.label,
      String(r.statements),
      fmt(p50),
      fmt(p95),
      fmt(r50),
      fmt(r95),
      (p95 / r95).toFixed(1),
      verdict(r),
    ]
  })
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const line = (cells: string[]) =>
    cells.map((c, i) => (i > 1 && i < 8 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`)
  for (const l of lines) console.log(line(l))
  console.log(
    '(stmts: statements one call runs; ratio = p95 / raw p95; raw writes replay the statements ' +
      'in BEGIN … ROLLBACK, so they pay no commit/fsync)',
  )
}

// dist/cli is rebuilt by `npm install`/`npm start`; while the sources are newer, bin/capstan.js
// compiles the TypeScript on the fly. Both are timed: as installed now, and a fresh bundle.
async function statusTimes(dataDir: string): Promise<void> {
  // A folder of this run's own (inside node_modules so the packages resolve): runs never collide.
  fs.mkdirSync(path.resolve('node_modules/.cache'), { recursive: true })
  const cache = fs.mkdtempSync(path.resolve('node_modules/.cache/capstan-bench-'))
  const bundle = path.join(cache, 'capstan.mjs')
  // Built exactly as `npm install` builds dist/cli.
  const built = spawnSync(process.execPath, ['scripts/build-cli.js', cache], { encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`building the CLI failed: ${built.stderr}`)
  const args = JSON.stringify(['status', '--data-dir', dataDir])
  const fresh = `const { main } = await import(${JSON.stringify(bundle)}); process.exitCode = await main(${args})`
  const ways: [string, string[]][] = [
    ['bin/capstan.js as installed', ['bin/capstan.js', 'status', '--data-dir', dataDir]],
    ['a fresh build of the CLI', ['--input-type=module', '-e', fresh]],
  ]
  for (const [label, argv] of ways) {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const start = performance.now()
      const r = spawnSync(process.execPath, argv, { encoding: 'utf8' })
      times.push(ms(start))
      if (r.status !== 0) throw new Error(`capstan status failed: ${r.stderr || r.stdout}`)
    }
    const p50 = pct(times, 0.5)
    const ok = p50 < 500 ? 'ok' : `OVER TARGET by ${fmt(p50 - 500)} ms`
    console.log(
      `capstan status, ${label}: p50 ${fmt(p50)} ms [${times.map((t) => t.toFixed(0)).join(', ')}] (target < 500 ms: ${ok})`,
    )
  }
  fs.rmSync(path.dirname(bundle), { recursive: true, force: true })
}

async function build(engine: string, b: Backend, onUnit?: (d: number, n: number) => void) {
  const start = performance.now()
  await buildTimesDemo(b, SCALE, onUnit)
  const counts = await benchCounts(b)
  console.log(
    `${engine}: built ×${SCALE} through the channels in ${(ms(start) / 1000).toFixed(1)} s`,
  )
  return counts
}

const printCounts = (c: Record<string, number>) =>
  console.log(
    `  ${Object.entries(c)
      .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
      .join(', ')}`,
  )

let pgTwinUrl: string | undefined

/** The administration on PostgreSQL: built through the channels, or copied from `lite`. */
async function postgresTwin(lite: Backend, adminUrl: string): Promise<Backend> {
  const open = async (installBuiltinPack: boolean) =>
    openBackend({
      dataDir: dir,
      databaseUrl: (pgTwinUrl = await createTestDatabase(adminUrl)),
      mode: 'browser',
      actor: 'bench',
      installBuiltinPack,
    })
  const pg = await open(true)
  const start = performance.now()
  let demoDone = start
  // After the demo (done = 0) and each unit: the demo's time plus the units' pace so far.
  const tooSlow = (done: number, units: number) => {
    if (done === 0) demoDone = performance.now()
    const projected = (demoDone - start + (ms(demoDone) / Math.max(done, 1)) * units) / 1000
    if (done > 0 && projected > PG_BUILD_LIMIT_S) throw new TooSlow(projected)
  }
  let projectedS: number
  try {
    printCounts(await build('\nPostgreSQL', pg, tooSlow))
    return pg
  } catch (e) {
    if (!(e instanceof TooSlow)) throw e
    projectedS = e.projectedS
    await pg.close()
  }
  console.log(
    `\nPostgreSQL: building through the channels would take ~${projectedS.toFixed(0)} s ` +
      `(> ${PG_BUILD_LIMIT_S} s), so the SQLite build was moved with copyDatabase instead`,
  )
  const copy = await open(false)
  const copyStart = performance.now()
  const report = await copyDatabase(lite.ctx, copy.ctx, { dryRun: false })
  const took = (ms(copyStart) / 1000).toFixed(1)
  console.log(`  copied ${report.rows.toLocaleString('en')} rows in ${took} s`)
  printCounts(await benchCounts(copy))
  return copy
}

console.log(
  `Storage benchmark, scale ×${SCALE}; load average ${load()} on ${os.cpus().length} CPUs`,
)
// CAPSTAN_BENCH_DATA=DIR keeps the built folder there (and reuses it when it is already built);
// CAPSTAN_BENCH_ENGINES=sqlite measures SQLite only.
const kept = process.env.CAPSTAN_BENCH_DATA
const dir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-bench-storage-'))
const reuse = kept !== undefined && fs.existsSync(path.join(dir, 'capstan.sqlite'))
const rows: Row[] = []
let server: TestPostgres | undefined
try {
  const lite = await openBackend({ dataDir: dir, mode: 'browser', actor: 'bench' })
  printCounts(reuse ? await benchCounts(lite) : await build('SQLite', lite))
  try {
    if (process.env.CAPSTAN_BENCH_ENGINES !== 'sqlite') server = await startTestPostgres()
  } catch (e) {
    console.log(`\nPostgreSQL skipped: ${(e as Error).message.split('\n')[0]}`)
  }
  const pg = server && (await postgresTwin(lite, server.adminUrl))
  rows.push(...(await measure('SQLite', lite)))
  await lite.close()
  if (pg) rows.push(...(await measure('PostgreSQL', pg)))
  const pgUrl = pg && pgTwinUrl
  await pg?.close()
  printTable(rows)
  console.log()
  await statusTimes(dir)
  console.log()
  const reopen = (databaseUrl?: string) => () =>
    openBackend({ dataDir: dir, databaseUrl, mode: 'browser', actor: 'bench' })
  await dataSafetyTimes('SQLite ×10', reopen(), dir)
  if (pgUrl) await dataSafetyTimes('PostgreSQL ×10', reopen(pgUrl), dir)
  await longTrailTimes()
  console.log(`load average at the end ${load()}`)
} finally {
  await server?.stop()
  if (!kept) fs.rmSync(dir, { recursive: true, force: true })
}
