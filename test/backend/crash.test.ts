import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { AuditEntry, AuditPage, Objective } from '../../shared/contract'
import { DB_FILE_NAME } from '../../electron/backend/backend'
import { main } from '../../electron/host/cli'
import { startServe, type ServeProcess } from '../helpers/serve-process'
import { tempDir, tempPostgresUrl, testEngine } from '../helpers/temp-backend'

// kill -9 of a real `capstan serve` while writers are busy, several times over. Both engines: on
// PostgreSQL the server outlives the killed client, so the same rounds cost no more there.
const ROUNDS = 5
const WRITERS = 4

/** One write a writer sent; acknowledged only once the server answered 200 with ok: true. */
interface Write {
  kind: 'create' | 'update'
  code: string
  title: string
}

/** What the writers know: every record as last acknowledged, and every acknowledged write. */
interface Ledger {
  records: Map<string, Objective>
  acknowledged: Objective[]
  /** The write each writer had sent when the server died: it may or may not have committed. */
  inFlight: Map<number, Write>
  nextCode: number[]
  refused: string[]
  /** Writes cut off by the kill (the connection reset), as opposed to sent to a dead server. */
  interrupted: number
}

const editable = ({ createdAt: _c, updatedAt: _u, ...rest }: Objective) => rest

const connectionRefused = (e: unknown) =>
  (e as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED'

// Each writer creates and edits its own objectives (codes W<writer>-<n>) until the server dies.
async function writer(server: ServeProcess, w: number, round: number, ledger: Ledger) {
  for (let edit = 1; ; edit++) {
    const mine = [...ledger.records.values()].filter((o) => o.code.startsWith(`W${w}-`))
    const create = mine.length < 3 || Math.random() < 0.2
    const target = mine[Math.floor(Math.random() * mine.length)]
    const write: Write = create
      ? { kind: 'create', code: `W${w}-${ledger.nextCode[w]!++}`, title: `Made in round ${round}` }
      : { kind: 'update', code: target!.code, title: `Round ${round}, edit ${edit} by ${w}` }
    ledger.inFlight.set(w, write)
    let answer
    try {
      answer = await (create
        ? server.call('objectives:create', { code: write.code, title: write.title })
        : server.call('objectives:update', { ...editable(target!), title: write.title }))
    } catch (e) {
      if (!connectionRefused(e)) ledger.interrupted++
      return
    }
    ledger.inFlight.delete(w)
    if (answer.status === 200 && answer.body.ok) {
      const saved = answer.body.value as Objective
      ledger.records.set(saved.code, saved)
      ledger.acknowledged.push(saved)
    } else {
      ledger.refused.push(`${write.code}: HTTP ${answer.status} ${answer.body.error?.message}`)
    }
  }
}

// After a restart: every acknowledged record holds its acknowledged value, or the value of the
// one write that was in flight for it. Returns what is wrong, in words; adopts the server's state.
async function reconcile(server: ServeProcess, ledger: Ledger): Promise<string[]> {
  const answer = await server.call('objectives:list')
  if (!answer.body.ok) return [`objectives:list was refused: ${answer.body.error?.message}`]
  const found = new Map((answer.body.value as Objective[]).map((o) => [o.code, o]))
  const pending = new Map([...ledger.inFlight.values()].map((p) => [p.code, p]))
  const problems: string[] = []
  for (const [code, known] of ledger.records) {
    const now = found.get(code)
    const p = pending.get(code)
    if (!now) problems.push(`${code} (acknowledged at version ${known.version}) is missing`)
    else if (now.version === known.version && now.title === known.title) continue
    else if (p?.kind === 'update' && now.version === known.version + 1 && now.title === p.title)
      continue
    else
      problems.push(
        `${code} was acknowledged as "${known.title}" (version ${known.version}) but reads "${now.title}" (version ${now.version})`,
      )
  }
  for (const [code, now] of found) {
    const p = pending.get(code)
    const unasked = !ledger.records.has(code) && !(p?.kind === 'create' && p.title === now.title)
    if (unasked) problems.push(`${code} "${now.title}" was never written`)
  }
  ledger.records = found
  ledger.inFlight.clear()
  return problems
}

// The objective entries of the audit trail (read through the channel), one key per write.
async function objectiveEntries(server: ServeProcess): Promise<string[]> {
  const seen: string[] = []
  for (let offset = 0; ; offset += 500) {
    const r = await server.call('audit:list', { entityType: 'objective', limit: 500, offset })
    const page = r.body.value as AuditPage
    for (const e of page.entries as AuditEntry[]) {
      const after = e.after as Objective | null
      if (after) seen.push(writeKey({ ...after, id: Number(e.entityId) }))
    }
    if (offset + 500 >= page.total) return seen
  }
}

const writeKey = (o: Objective) => `${o.id} v${o.version} "${o.title}"`

async function capstan(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe(`a server killed mid-write (${testEngine})`, () => {
  it(`keeps every acknowledged write through ${ROUNDS} rounds of kill -9`, async () => {
    const dataDir = tempDir()
    const where = ['--data-dir', dataDir]
    if (testEngine === 'postgres') where.push('--database', await tempPostgresUrl())
    const ledger: Ledger = {
      records: new Map(),
      acknowledged: [],
      inFlight: new Map(),
      nextCode: Array.from({ length: WRITERS }, () => 1),
      refused: [],
      interrupted: 0,
    }
    for (let round = 1; round <= ROUNDS; round++) {
      // A start refused here (a stale lock of the killed server, say) fails with its message.
      const server = await startServe(where)
      expect(await reconcile(server, ledger), `after restart ${round - 1}`).toEqual([])
      const before = ledger.acknowledged.length
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(server, w, round, ledger))
      // Some writes land first (a refusal shows here in words), then the kill comes at a random
      // moment among the following ones.
      await expect
        .poll(() => ({
          landed: ledger.acknowledged.length - before >= WRITERS,
          refused: ledger.refused,
        }))
        .toEqual({ landed: true, refused: [] })
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 800))
      await server.kill9()
      await Promise.all(writers)
    }
    expect(ledger.refused).toEqual([])
    expect(ledger.interrupted).toBeGreaterThan(0) // the kills cut writes off, not idle moments

    // The file exactly as the last kill left it.
    if (testEngine === 'sqlite') {
      const raw = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true })
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
      raw.close()
    }
    const verified = await capstan('audit', 'verify', ...where)
    expect(verified.err).toBe('')
    expect(verified.out).toMatch(/^Audit trail intact: \d+ entries verified\.$/)
    expect(verified.code).toBe(0)

    const server = await startServe(where)
    expect(await reconcile(server, ledger), 'after the last restart').toEqual([])
    const entries = await objectiveEntries(server)
    const inTrail = new Set(entries)
    expect(ledger.acknowledged.map(writeKey).filter((k) => !inTrail.has(k))).toEqual([])
    // One entry per acknowledged write, plus at most the in-flight writes that committed.
    expect(entries.length).toBeLessThanOrEqual(ledger.acknowledged.length + ROUNDS * WRITERS)
    expect(await server.call('audit:verify')).toMatchObject({
      status: 200,
      body: { ok: true, value: { intact: true } },
    })
    await server.stop()
  }, 60_000)
})
