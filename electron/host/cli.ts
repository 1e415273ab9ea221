import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DB_FILE_NAME, openBackend, type Backend } from '../backend/backend'
import { resolveDataDir } from '../backend/data-dir'
import { seedDemo } from '../backend/demo/demo-seed'
import { AppFailure, DatabaseTooNewError, StorageUnavailableError } from '../backend/errors'
import { classifyFault } from '../backend/faults'
import { dataStatus } from '../backend/system/status'
import { ensureDailyBackup } from '../backend/backup/backup-service'
import { runBackupCommand } from './cli-backup'
import { callChannel } from './cli-call'
import { runDbCommand } from './cli-db'
import { EXIT, HELP } from './cli-help'
import { runAuditAgainst, runExport, runVerifyDoc } from './cli-documents'
import { runPackCommand } from './cli-pack'

/** Where `capstan serve` finds the built interface. */
export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url))

interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

const defaultIo: Io = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
}

const OPTIONS = {
  'data-dir': { type: 'string' },
  database: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  demo: { type: 'boolean' },
  port: { type: 'string' },
  open: { type: 'boolean' },
  version: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  key: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  classification: { type: 'string' },
  paper: { type: 'string' },
  signoff: { type: 'boolean' },
  against: { type: 'string' },
  yes: { type: 'boolean' },
} as const

/** Runs one CLI invocation and returns its exit code. `serve` resolves only when stopped. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (e) {
    io.err(`${(e as Error).message}\nRun "capstan --help" for usage.`)
    return EXIT.usage
  }
  const { values: opts, positionals } = parsed
  const [command, sub] = positionals
  if (opts.version) {
    const { APP_VERSION } = await import('../../shared/version')
    io.out(APP_VERSION)
    return EXIT.ok
  }
  if (!command || command === 'help') {
    io.out(HELP[sub ?? 'main'] ?? HELP.main!)
    return command ? EXIT.ok : opts.help ? EXIT.ok : EXIT.usage
  }
  if (!HELP[command]) {
    io.err(`Unknown command "${command}". Run "capstan --help" for the list.`)
    return EXIT.usage
  }
  if (opts.help) {
    io.out(HELP[command]!)
    return EXIT.ok
  }
  const dataDir = resolveDataDir({ argv, env: process.env }).dir
  const databaseUrl = opts.database ?? (process.env.CAPSTAN_DATABASE_URL?.trim() || undefined)
  const where: Where = { dataDir, databaseUrl }
  const print = (human: string, json: unknown) => io.out(opts.json ? JSON.stringify(json) : human)

  try {
    switch (command) {
      case 'init':
        return await init(where, Boolean(opts.demo), print)
      case 'status':
        return await withExisting(where, async (b) => {
          const s = await dataStatus(b.ctx, b.storage, b.health.state === 'ok' && b.startup.ms > 0)
          const rows = Object.entries(s.tables).map(([t, n]) => `  ${t.padEnd(24)} ${n}`)
          print(
            [
              s.engine === 'postgres'
                ? `Database:       ${s.location}`
                : `Data folder:    ${dataDir}`,
              `Schema version: ${s.schemaVersion}`,
              `Audit entries:  ${s.auditEntries} (${s.auditIntact ? 'chain intact' : 'CHAIN BROKEN — run "capstan audit verify"'})`,
              `Audit head:     ${s.auditHead ? `#${s.auditHead.seq} ${s.auditHead.hash}` : 'none'}`,
              b.health.state === 'ok'
                ? `Start-up check: passed (${b.health.auditEntriesChecked ?? 0} new audit entries verified, ${Math.round(b.startup.ms)} ms)`
                : `Start-up check: FAILED, opened read-only. ${b.health.problem}`,
              'Rows per table:',
              ...rows,
            ].join('\n'),
            {
              dataDir,
              ...s,
              // The verdict only: how much this start had to check varies from one run to the next.
              health: { state: b.health.state, problem: b.health.problem },
            },
          )
          return b.health.state === 'ok' ? EXIT.ok : EXIT.failed
        })
      case 'audit':
        if (sub !== 'verify') {
          io.err('Usage: capstan audit verify --data-dir DIR [--against FILE]')
          return EXIT.usage
        }
        if (opts.against !== undefined)
          return await runAuditAgainst({
            file: opts.against,
            print,
            err: io.err,
            withExisting: (run) => withExisting(where, run),
          })
        return await withExisting(where, async (b) => {
          const v = await callChannel(b, 'audit:verify', {})
          if (v.intact) {
            print(`Audit trail intact: ${v.checked} entries verified.`, v)
            return EXIT.ok
          }
          print(`Audit trail BROKEN after ${v.checked} good entries. ${v.firstBad!.problem}`, v)
          return EXIT.failed
        })
      case 'pack':
        return await runPackCommand({
          sub,
          file: positionals[2],
          extra: positionals[3],
          yes: Boolean(opts.yes),
          key: opts.key,
          dataDir,
          dataDirGiven:
            opts['data-dir'] !== undefined ||
            Boolean(process.env.CAPSTAN_DATA_DIR) ||
            !!databaseUrl,
          dryRun: Boolean(opts['dry-run']),
          out: opts.out,
          print,
          err: io.err,
          withExisting: (run) =>
            withExisting(where, run, PACK_WRITES.has(sub ?? '') ? 'cli' : undefined),
        })
      case 'export':
      case 'verify-doc': {
        const docCmd = {
          kind: sub,
          file: sub,
          out: opts.out,
          lang: opts.lang,
          classification: opts.classification,
          paper: opts.paper,
          signoff: Boolean(opts.signoff),
          print,
          err: io.err,
          withExisting: (run: (b: Backend) => Promise<number>) =>
            withExisting(where, run, command === 'export' ? 'cli' : undefined),
        }
        return await (command === 'export' ? runExport(docCmd) : runVerifyDoc(docCmd))
      }
      case 'serve':
        return await serve(where, opts.port, Boolean(opts.open), Boolean(opts.json), io)
      case 'backup':
      case 'restore':
        return await runBackupCommand({
          command,
          sub,
          to: opts.to,
          yes: Boolean(opts.yes),
          print,
          err: io.err,
          withExisting: (run) => withExisting(where, run),
          withWriter: (run) => withExisting(where, run, 'cli'),
          sqliteFile: databaseUrl ? undefined : path.join(dataDir, DB_FILE_NAME),
        })
      case 'db':
        return await runDbCommand({
          sub,
          from: opts.from,
          to: opts.to,
          dryRun: Boolean(opts['dry-run']),
          print,
          err: io.err,
        })
      default:
        io.err(`Unknown command "${command}".`)
        return EXIT.usage
    }
  } catch (e) {
    if (e instanceof DatabaseTooNewError || e instanceof StorageUnavailableError) {
      io.err(e.message)
      return EXIT.dataFolder
    }
    // A full disk, a read-only or refused folder, a damaged or busy file: one sentence, no stack.
    const fault = classifyFault(e, { dataDir, databaseUrl })
    if (fault) {
      io.err(fault.message)
      return EXIT.dataFolder
    }
    if (e instanceof AppFailure) {
      io.err(e.message)
      return EXIT.failed
    }
    throw e
  }
}

// Pack commands that write take the folder as its one writer; the others only read.
const PACK_WRITES = new Set(['import', 'trust', 'untrust'])

/** Where a command's data is: the data folder, and the PostgreSQL database when one is named. */
interface Where {
  dataDir: string
  databaseUrl?: string
}

async function init(
  where: Where,
  demo: boolean,
  print: (h: string, j: unknown) => void,
): Promise<number> {
  const backend = await openBackend({
    ...where,
    mode: 'browser',
    holder: 'cli',
    lockWaitMs: CLI_LOCK_WAIT_MS,
  })
  try {
    const existed = backend.migration.from > 0
    if (demo) await seedDemo(backend.ctx)
    const what = demo
      ? 'with the demo administration'
      : existed
        ? 'already initialised; schema up to date'
        : 'ready'
    const place = where.databaseUrl
      ? `Database ${backend.storage.location}`
      : `Data folder ${where.dataDir}`
    print(`${place}: ${what}.`, {
      dataDir: where.dataDir,
      engine: backend.storage.engine,
      created: !existed,
      demo,
      migratedFrom: backend.migration.from,
      schemaVersion: backend.migration.to,
      backupFile: backend.migration.backupFile ?? null,
    })
    return EXIT.ok
  } finally {
    await backend.close()
  }
}

// A command that writes becomes the folder's one writer, waiting its turn behind another
// short command (not behind the desktop or a server: those are named and it stops).
const CLI_LOCK_WAIT_MS = 30_000

async function withExisting(
  where: Where,
  run: (b: Backend) => Promise<number>,
  holder?: 'cli',
): Promise<number> {
  const backend = await openBackend({
    ...where,
    mode: 'browser',
    mustExist: true,
    holder,
    lockWaitMs: CLI_LOCK_WAIT_MS,
  })
  try {
    return await run(backend)
  } finally {
    await backend.close()
  }
}

async function serve(
  where: Where,
  portText: string | undefined,
  open: boolean,
  json: boolean,
  io: Io,
): Promise<number> {
  const port = portText === undefined ? 0 : Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(
      `--port must be a whole number from 0 to 65535 (0 picks a free port), not "${portText}".`,
    )
    return EXIT.usage
  }
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    io.err(
      'The interface is not built yet: run "npm run build:renderer" (npm start does it for you).',
    )
    return EXIT.failed
  }
  const backend = await openBackend({ ...where, mode: 'browser', holder: 'serve' })
  // The first start of each day takes a verified backup, without holding up the start.
  if (backend.dataSafety)
    void ensureDailyBackup(backend.dataSafety).catch((e: Error) =>
      io.err(`The daily backup failed: ${classifyFault(e, where)?.message ?? e.message}`),
    )
  // Loaded here: node:http alone costs every other command ~20 ms at start.
  const { startHost } = await import('./http-host')
  const host = await startHost({ backend, rendererDir: RENDERER_DIR, port })
  io.out(
    json
      ? JSON.stringify({ url: host.url, port: host.port, dataDir: where.dataDir })
      : `Capstan is running at ${host.url}`,
  )
  if (open) openInBrowser(host.url)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await host.close()
  await backend.close()
  return EXIT.ok
}

function openInBrowser(url: string): void {
  const cmd =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]]
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return
  try {
    const child = spawn(cmd[0] as string, cmd[1] as string[], { stdio: 'ignore', detached: true })
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // No browser launcher: the printed URL is enough.
  }
}
