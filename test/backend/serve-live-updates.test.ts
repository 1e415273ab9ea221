import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import readline from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../electron/host/cli'
import { tempDir, tempPostgresUrl, testEngine } from '../helpers/temp-backend'

const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM')
})

// A real `capstan serve` process; resolves with the URL it prints (token included).
async function serve(databaseUrl: string): Promise<URL> {
  const child = spawn(
    process.execPath,
    ['bin/capstan.js', 'serve', '--database', databaseUrl, '--data-dir', tempDir(), '--json'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  children.push(child)
  const lines = readline.createInterface({ input: child.stdout! })
  for await (const line of lines) {
    if (line.startsWith('{')) return new URL(JSON.parse(line).url)
  }
  throw new Error('capstan serve ended without printing its URL')
}

const tokenOf = (u: URL) => u.searchParams.get('token') ?? u.hash.replace(/^#.*token=/, '')

// The events one server pushes to its browsers, as the interface hears them.
function listen(u: URL): { events: string[]; close(): void } {
  const events: string[] = []
  const req = http.get(
    { host: '127.0.0.1', port: u.port, path: `/api/events?token=${tokenOf(u)}` },
    (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        for (const m of chunk.matchAll(/^event: (.+)$/gm)) events.push(m[1]!)
      })
    },
  )
  req.on('error', () => undefined)
  return { events, close: () => req.destroy() }
}

async function post(u: URL, channel: string, input: unknown) {
  const r = await fetch(`http://127.0.0.1:${u.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-capstan-token': tokenOf(u) },
    body: JSON.stringify(input),
  })
  return (await r.json()) as { ok: boolean; value?: unknown }
}

;(testEngine === 'postgres' ? describe : describe.skip)('two servers on one database', () => {
  it("show each other's changes live", async () => {
    const url = await tempPostgresUrl(true)
    expect(
      await main(['init', '--database', url], { out: () => undefined, err: () => undefined }),
    ).toBe(0)
    const [a, b] = await Promise.all([serve(url), serve(url)])
    const onB = listen(b)
    const onA = listen(a)
    await new Promise((r) => setTimeout(r, 300))

    expect(
      await post(a, 'objectives:create', { code: 'SO1', title: 'Made on server A' }),
    ).toMatchObject({ ok: true })
    await expect.poll(() => onB.events, { timeout: 10_000 }).toContain('objectives:changed')
    // A's browsers heard A's own change too.
    await expect.poll(() => onA.events, { timeout: 10_000 }).toEqual(['objectives:changed'])
    const seenByB = await post(b, 'objectives:list', undefined)
    expect(seenByB).toMatchObject({ ok: true, value: [{ code: 'SO1', title: 'Made on server A' }] })

    expect(
      await post(b, 'objectives:create', { code: 'SO2', title: 'Made on server B' }),
    ).toMatchObject({ ok: true })
    // A hears B's change, after its own.
    await expect
      .poll(() => onA.events, { timeout: 10_000 })
      .toEqual(['objectives:changed', 'objectives:changed'])
    // A read changes nothing and announces nothing.
    const before = onA.events.length
    await post(b, 'objectives:list', undefined)
    await new Promise((r) => setTimeout(r, 500))
    expect(onA.events.length).toBe(before)
    onA.close()
    onB.close()
  }, 60_000)
})
