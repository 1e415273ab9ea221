import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { verifyAudit } from '../../electron/backend/audit/audit-repo'
import type { Objective } from '../../shared/contract'
import type { Backend } from '../../electron/backend/backend'
import { count, sampleSettings, tempBackend } from '../helpers/temp-backend'

async function withThreeChanges(): Promise<Backend> {
  const b = await tempBackend()
  expect((await b.call('settings:save', sampleSettings)).ok).toBe(true)
  expect((await b.call('objectives:create', { code: 'SO1', title: 'Faster clearance' })).ok).toBe(
    true,
  )
  expect((await b.call('objectives:create', { code: 'SO2', title: 'Revenue' })).ok).toBe(true)
  return b
}

/** What someone with a database tool could do to the data behind Capstan's back. */
async function tamper(b: Backend, statement: string): Promise<void> {
  const db = b.ctx.db
  if (b.ctx.engine === 'postgres') {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(db)
  } else {
    await sql`DROP TRIGGER audit_log_no_update`.execute(db)
    await sql`DROP TRIGGER audit_log_no_delete`.execute(db)
  }
  await sql.raw(statement).execute(db)
}

describe('audit trail', () => {
  it('records who, when, what, before and after for every change', async () => {
    const b = await withThreeChanges()
    const list = await b.call('objectives:list', undefined)
    const so1 = (list.ok ? (list.value as Objective[]) : []).find((o) => o.code === 'SO1')!
    const { createdAt: _c, updatedAt: _u, ...fields } = so1
    expect(
      (await b.call('objectives:update', { ...fields, title: 'Faster, predictable clearance' })).ok,
    ).toBe(true)
    const page = await b.call('audit:list', { limit: 10 })
    expect(page.ok).toBe(true)
    if (!page.ok) return
    const { entries, total } = page.value as { entries: Record<string, unknown>[]; total: number }
    expect(total).toBe(4)
    expect(entries[0]).toMatchObject({
      seq: 4,
      actor: 'test.officer',
      entityType: 'objective',
      entityId: String(so1.id),
      action: 'update',
      before: expect.objectContaining({ title: 'Faster clearance' }),
      after: expect.objectContaining({ title: 'Faster, predictable clearance' }),
    })
    expect(entries.map((e) => e.seq)).toEqual([4, 3, 2, 1])
    expect(entries[3]).toMatchObject({ entityType: 'settings', action: 'create', before: null })
  })

  it('pages through the trail newest first, filtered or not', async () => {
    const b = await withThreeChanges()
    for (let i = 3; i <= 12; i++)
      expect(
        (await b.call('objectives:create', { code: `SO${i}`, title: `Objective ${i}` })).ok,
      ).toBe(true)
    const seqs = async (input: Record<string, unknown>) => {
      const r = await b.call('audit:list', input)
      if (!r.ok) throw new Error(r.error.message)
      const page = r.value as { entries: { seq: number }[]; total: number }
      return { seqs: page.entries.map((e) => e.seq), total: page.total }
    }
    expect(await seqs({ limit: 5, offset: 0 })).toEqual({ seqs: [13, 12, 11, 10, 9], total: 13 })
    expect(await seqs({ limit: 5, offset: 10 })).toEqual({ seqs: [3, 2, 1], total: 13 })
    expect(await seqs({ limit: 5, offset: 11, entityType: 'objective' })).toEqual({
      seqs: [2],
      total: 12,
    })
  })

  it('verifies an intact chain', async () => {
    expect(await verifyAudit((await withThreeChanges()).ctx)).toEqual({ intact: true, checked: 3 })
  })

  it('is append-only in the database itself', async () => {
    const b = await withThreeChanges()
    await expect(
      b.ctx.db.updateTable('audit_log').set({ actor: 'someone else' }).execute(),
    ).rejects.toThrow(/append-only/)
    await expect(b.ctx.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/)
    expect(await count(b, 'audit_log')).toBe(3)
  })

  it('detects an edited entry', async () => {
    const b = await withThreeChanges()
    await tamper(b, "UPDATE audit_log SET actor = 'nobody' WHERE seq = 2")
    expect(await verifyAudit(b.ctx)).toEqual({
      intact: false,
      checked: 1,
      firstBad: { seq: 2, problem: 'Entry #2 was altered after it was written.' },
    })
  })

  it('detects an entry whose hash was recomputed to hide an edit', async () => {
    const b = await withThreeChanges()
    await tamper(b, "UPDATE audit_log SET hash = 'f00d', after_json = '{}' WHERE seq = 1")
    const v = await verifyAudit(b.ctx)
    expect(v.intact).toBe(false)
    expect(v.firstBad?.seq).toBe(1)
  })

  it('detects a deleted entry in the middle and at the end', async () => {
    const middle = await withThreeChanges()
    await tamper(middle, 'DELETE FROM audit_log WHERE seq = 2')
    expect((await verifyAudit(middle.ctx)).firstBad).toEqual({
      seq: 2,
      problem: 'Entry #2 is missing (the next entry found is #3).',
    })
    const tail = await withThreeChanges()
    await tamper(tail, 'DELETE FROM audit_log WHERE seq = 3')
    expect(await verifyAudit(tail.ctx)).toMatchObject({
      intact: false,
      checked: 2,
      firstBad: { seq: 3 },
    })
  })
})
