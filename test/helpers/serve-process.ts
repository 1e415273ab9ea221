import { spawn, type ChildProcess } from 'node:child_process'
import readline from 'node:readline'
import { afterEach } from 'vitest'

/** What one HTTP call to a running `capstan serve` answered. */
export interface ServeAnswer {
  status: number
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } }
}

/** A real `capstan serve` child process and its HTTP door. */
export interface ServeProcess {
  url: URL
  /** POSTs one channel call; rejects when the connection fails (the server is gone). */
  call(channel: string, input?: unknown): Promise<ServeAnswer>
  /** kill -9, resolved once the process has ended. */
  kill9(): Promise<void>
  /** A normal stop (SIGTERM), resolved once the process has ended. */
  stop(): Promise<void>
}

const running = new Set<ChildProcess>()
afterEach(() => {
  for (const c of running) c.kill('SIGKILL')
  running.clear()
})

const ended = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()))

/**
 * Starts `capstan serve --json` with the given options (e.g. `--data-dir`, `--database`) and
 * resolves with its URL. When the server stops before printing it, the error carries what it
 * said on stderr, so a refused start reads as the user would see it.
 */
export async function startServe(args: string[], timeoutMs = 30_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['bin/capstan.js', 'serve', '--json', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  let printed: string | undefined
  try {
    for await (const line of readline.createInterface({ input: child.stdout! })) {
      if (line.startsWith('{')) {
        printed = JSON.parse(line).url as string
        break
      }
    }
  } finally {
    clearTimeout(timer)
    // Anything printed later is drained, so a full pipe can never stall the server.
    child.stdout!.resume()
  }
  if (!printed) {
    await ended(child)
    running.delete(child)
    throw new Error(
      `capstan serve ended (exit ${child.exitCode ?? child.signalCode}) without printing its URL: ${stderr.trim()}`,
    )
  }
  const url = new URL(printed)
  const token = url.searchParams.get('token') ?? ''
  const finish = async (signal: NodeJS.Signals) => {
    child.kill(signal)
    await ended(child)
    running.delete(child)
  }
  return {
    url,
    async call(channel, input) {
      const r = await fetch(`http://127.0.0.1:${url.port}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-capstan-token': token },
        body: JSON.stringify(input),
      })
      return { status: r.status, body: (await r.json()) as ServeAnswer['body'] }
    },
    kill9: () => finish('SIGKILL'),
    stop: () => finish('SIGTERM'),
  }
}
