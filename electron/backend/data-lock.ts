import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { StorageUnavailableError } from './errors'

/** Which kind of Capstan process holds a data folder. */
export type LockHolder = 'desktop' | 'serve' | 'cli'

interface LockInfo {
  pid: number
  holder: LockHolder
  host: string
  startedAt: string
}

/** Raised when another process writes to the data folder. */
export class DataFolderInUseError extends StorageUnavailableError {
  constructor(message: string) {
    super(message)
    this.name = 'DataFolderInUseError'
  }
}

const LOCK_FILE = 'capstan.lock'
const HOLDER_WORDS: Record<LockHolder, string> = {
  desktop: 'the Capstan desktop application',
  serve: '"capstan serve"',
  cli: 'another capstan command',
}

// One process may open its own folder more than once (tests, a restore); it holds one lock.
const heldHere = new Map<string, number>()
let exitHookInstalled = false

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readLock(file: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo
    return Number.isInteger(info.pid) ? info : undefined
  } catch {
    return undefined
  }
}

function describe(dataDir: string, info: LockInfo): string {
  const where = info.host === os.hostname() ? 'on this computer' : `on the computer "${info.host}"`
  const since = new Date(info.startedAt)
  const time = Number.isNaN(since.getTime()) ? '' : `, since ${since.toLocaleString()}`
  return `The data folder ${dataDir} is in use by ${HOLDER_WORDS[info.holder] ?? 'another Capstan'} (process ${info.pid} ${where}${time}).`
}

// One attempt: true when the lock is ours now; the holder's description when it is not.
function tryLock(file: string, holder: LockHolder): true | LockInfo {
  const mine: LockInfo = {
    pid: process.pid,
    holder,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
  }
  try {
    const fd = fs.openSync(file, 'wx', 0o600)
    try {
      fs.writeFileSync(fd, JSON.stringify(mine))
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
  }
  const info = readLock(file)
  // A lock whose process is gone (killed, crashed, power cut) is stale: take it over.
  const stale = info
    ? info.host === os.hostname() && !alive(info.pid)
    : Date.now() - fs.statSync(file, { throwIfNoEntry: false })!.mtimeMs > 5000
  if (stale) {
    fs.rmSync(file, { force: true })
    return tryLock(file, holder)
  }
  return info ?? { pid: 0, holder: 'cli', host: os.hostname(), startedAt: '' }
}

/**
 * Makes this process the one writer of a data folder until `release`. A second process is told
 * which process holds the folder; short CLI commands (waitMs > 0) wait their turn while the
 * holder is another short command.
 */
export async function lockDataFolder(
  dataDir: string,
  holder: LockHolder,
  opts: { waitMs?: number } = {},
): Promise<() => void> {
  const key = path.resolve(dataDir)
  const file = path.join(key, LOCK_FILE)
  const release = () => {
    const n = (heldHere.get(key) ?? 1) - 1
    if (n > 0) return void heldHere.set(key, n)
    heldHere.delete(key)
    const info = readLock(file)
    if (info?.pid === process.pid) fs.rmSync(file, { force: true })
  }
  if (heldHere.has(key)) {
    heldHere.set(key, heldHere.get(key)! + 1)
    return release
  }
  const deadline = Date.now() + (opts.waitMs ?? 0)
  for (;;) {
    const got = tryLock(file, holder)
    if (got === true) break
    if (got.holder !== 'cli' || Date.now() >= deadline)
      throw new DataFolderInUseError(
        `${describe(key, got)} ${got.holder === 'cli' ? 'Try again when it has finished.' : 'Close it first, or make the change there.'}`,
      )
    await new Promise((r) => setTimeout(r, 100))
  }
  heldHere.set(key, 1)
  if (!exitHookInstalled) {
    exitHookInstalled = true
    process.once('exit', () => {
      for (const dir of heldHere.keys()) {
        const f = path.join(dir, LOCK_FILE)
        if (readLock(f)?.pid === process.pid) fs.rmSync(f, { force: true })
      }
    })
  }
  return release
}
