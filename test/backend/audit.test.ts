import { describe, expect, it } from 'vitest'
import { verifyAudit } from '../../electron/backend/audit/audit-repo'
import type { Objective } from '../../shared/contract'
import type { Backend } from '../../electron/backend/backend'
import { count, sampleSettings, tempBackend } from '../helpers/temp-backend'

function withThreeChanges(): Backend {
  const b = tempBackend()
  expect(b.call('settings:save', sampleSettings).ok).toBe(true)
  expect(b.call('objectives:create', { code: 'SO1', title: 'Faster clearance' }).ok).toBe(true)
  expect(b.call('objectives:create', { code: 'SO2', title: 'Revenue' }).ok).toBe(true)
  return b
}

/** What someone with a SQLite tool could do to the file behind Capstan's back. */
function tamper(b: Backend, sql: string): void {
  const db = b.ctx.db
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;')
  db.exec(sql)
}

describe('audit trail', () => {
  it('records who, when, what, before and after for every change', () => {
    const b = withThreeChanges()
    const list = b.call('objectives:list', undefined)
    const so1 = (list.ok ? (list.value as Objective[]) : []).find((o) => o.code === 'SO1')!
    const { createdAt: _c, updatedAt: _u, ...fields } = so1
    expect(
      b.call('objectives:update', { ...fields, title: 'Faster, predictable clearance' }).ok,
    ).toBe(true)
    const page = b.call('audit:list', { limit: 10 })
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

  it('verifies an intact chain', () => {
    expect(verifyAudit(withThreeChanges().ctx.db)).toEqual({ intact: true, checked: 3 })
  })

  it('is append-only in the database itself', () => {
    const b = withThreeChanges()
    expect(() => b.ctx.db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(
      /append-only/,
    )
    expect(() => b.ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    expect(count(b, 'audit_log')).toBe(3)
  })

  it('detects an edited entry', () => {
    const b = withThreeChanges()
    tamper(b, "UPDATE audit_log SET actor = 'nobody' WHERE seq = 2")
    expect(verifyAudit(b.ctx.db)).toEqual({
      intact: false,
      checked: 1,
      firstBad: { seq: 2, problem: 'Entry #2 was altered after it was written.' },
    })
  })

  it('detects an entry whose hash was recomputed to hide an edit', () => {
    const b = withThreeChanges()
    tamper(b, "UPDATE audit_log SET hash = 'f00d', after_json = '{}' WHERE seq = 1")
    const v = verifyAudit(b.ctx.db)
    expect(v.intact).toBe(false)
    expect(v.firstBad?.seq).toBe(1)
  })

  it('detects a deleted entry in the middle and at the end', () => {
    const middle = withThreeChanges()
    tamper(middle, 'DELETE FROM audit_log WHERE seq = 2')
    expect(verifyAudit(middle.ctx.db).firstBad).toEqual({
      seq: 2,
      problem: 'Entry #2 is missing (the next entry found is #3).',
    })
    const tail = withThreeChanges()
    tamper(tail, 'DELETE FROM audit_log WHERE seq = 3')
    expect(verifyAudit(tail.ctx.db)).toMatchObject({
      intact: false,
      checked: 2,
      firstBad: { seq: 3 },
    })
  })
})
