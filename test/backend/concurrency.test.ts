import { describe, expect, it } from 'vitest'
import type { Objective, Result } from '../../shared/contract'
import { verifyAudit } from '../../electron/backend/audit/audit-repo'
import type { Backend } from '../../electron/backend/backend'
import { count, reopenBackend, tempBackend, testEngine } from '../helpers/temp-backend'

const WRITERS = 8
const WRITES = 300

const editable = ({ createdAt: _c, updatedAt: _u, ...rest }: Objective) => rest

// Two processes' worth of backends: on PostgreSQL two pools on one database; on SQLite one
// backend (a second in the same thread would block it on the file lock), whose calls interleave.
async function twoDoors(): Promise<[Backend, Backend]> {
  const a = await tempBackend()
  const b = testEngine === 'postgres' ? await reopenBackend(a) : a
  return [a, b]
}

describe(`concurrent writers (${testEngine})`, () => {
  it('lets one of two simultaneous edits of a record win and refuses the other', async () => {
    const [a, b] = await twoDoors()
    const created = (await a.call('objectives:create', {
      code: 'SO1',
      title: 'One',
    })) as Result<Objective>
    if (!created.ok) throw new Error(created.error.message)
    const o = created.value
    const [ra, rb] = await Promise.all([
      a.call('objectives:update', { ...editable(o), title: 'From A' }),
      b.call('objectives:update', { ...editable(o), title: 'From B' }),
    ])
    const results = [ra, rb]
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const refused = results.find((r) => !r.ok)
    expect(refused && !refused.ok && refused.error.code).toBe('conflict')
    const winner = ra.ok ? 'From A' : 'From B'
    const list = (await b.call('objectives:list', undefined)) as Result<Objective[]>
    expect(list.ok && list.value.map((x) => [x.title, x.version])).toEqual([[winner, 2]])
    expect((await verifyAudit(a.ctx)).intact).toBe(true)
  })

  it(`keeps all ${WRITERS} × ${WRITES} concurrent writes and an intact audit chain`, async () => {
    const [a, b] = await twoDoors()
    const failures: string[] = []
    // Each writer edits its own record again and again, through either door in turn.
    const writer = async (w: number) => {
      const first = (await a.call('objectives:create', {
        code: `W${w}`,
        title: 'Writer',
      })) as Result<Objective>
      if (!first.ok) throw new Error(first.error.message)
      let current = first.value
      for (let i = 0; i < WRITES; i++) {
        const door = (w + i) % 2 === 0 ? a : b
        const r = (await door.call('objectives:update', {
          ...editable(current),
          title: `Writer ${w}, edit ${i + 1}`,
        })) as Result<Objective>
        if (r.ok) current = r.value
        else failures.push(`${w}/${i}: ${r.error.message}`)
      }
    }
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)))
    expect(failures).toEqual([])
    const list = (await b.call('objectives:list', undefined)) as Result<Objective[]>
    // The writers start together, so the order in which their records were created is not fixed.
    const byCode = list.ok ? [...list.value].sort((x, y) => x.code.localeCompare(y.code)) : []
    expect(byCode.map((o) => [o.title, o.version])).toEqual(
      Array.from({ length: WRITERS }, (_, w) => [`Writer ${w}, edit ${WRITES}`, WRITES + 1]),
    )
    expect(await count(a, 'audit_log')).toBe(WRITERS * (WRITES + 1))
    expect(await verifyAudit(b.ctx)).toEqual({ intact: true, checked: WRITERS * (WRITES + 1) })
  }, 180_000)
})
