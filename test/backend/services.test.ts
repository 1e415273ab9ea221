import { describe, expect, it } from 'vitest'
import type { Objective } from '../../shared/contract'
import { count, sampleSettings, tempBackend } from '../helpers/temp-backend'

/** The fields an edit form sends back. */
const editable = ({ createdAt: _c, updatedAt: _u, ...rest }: Objective) => rest

const value = <T>(r: { ok: boolean; value?: unknown }): T => {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r)}`)
  return r.value as T
}

describe('settings (setup wizard)', () => {
  it('is empty before setup, then stores the profile with ordered lists', () => {
    const b = tempBackend()
    expect(value(b.call('settings:get', undefined))).toBeNull()
    const saved = value<Record<string, unknown>>(
      b.call('settings:save', {
        ...sampleSettings,
        classifications: ['OFFICIAL', 'RESTRICTED', 'SECRET'],
      }),
    )
    expect(saved).toMatchObject({
      classifications: ['OFFICIAL', 'RESTRICTED', 'SECRET'],
      interfaceLanguage: 'en',
    })
    const reread = value<Record<string, unknown>>(b.call('settings:get', undefined))
    expect(reread).toEqual(saved)
  })

  it('switches the interface language and audits it', () => {
    const b = tempBackend()
    b.call('settings:save', sampleSettings)
    expect(
      value<{ interfaceLanguage: string }>(b.call('settings:setLanguage', { language: 'fr' }))
        .interfaceLanguage,
    ).toBe('fr')
    expect(count(b, 'audit_log')).toBe(2)
  })

  it('refuses a language change before setup', () => {
    const r = tempBackend().call('settings:setLanguage', { language: 'fr' })
    expect(!r.ok && r.error.code).toBe('conflict')
  })
})

describe('strategic objectives', () => {
  it('creates, edits and deletes, each change audited', () => {
    const b = tempBackend()
    const created = value<Objective>(
      b.call('objectives:create', {
        code: 'SO1',
        title: 'Faster clearance',
        owner: 'Director, Procedures',
      }),
    )
    expect(created).toMatchObject({ code: 'SO1', status: 'draft', version: 1, description: '' })
    const edited = value<Objective>(
      b.call('objectives:update', { ...editable(created), status: 'active' }),
    )
    expect(edited).toMatchObject({ status: 'active', version: 2 })
    expect(value(b.call('objectives:delete', { id: created.id }))).toEqual({ id: created.id })
    expect(value<Objective[]>(b.call('objectives:list', undefined))).toEqual([])
    const actions = b.ctx.db.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all()
    expect(actions).toEqual(['create', 'update', 'delete'])
  })

  it('lists objectives in natural code order', () => {
    const b = tempBackend()
    for (const code of ['SO10', 'SO2', 'SO1']) b.call('objectives:create', { code, title: code })
    expect(value<Objective[]>(b.call('objectives:list', undefined)).map((o) => o.code)).toEqual([
      'SO1',
      'SO2',
      'SO10',
    ])
  })

  it('refuses a duplicate code, case-insensitively, naming the holder', () => {
    const b = tempBackend()
    b.call('objectives:create', { code: 'SO1', title: 'Faster clearance' })
    const r = b.call('objectives:create', { code: 'so1', title: 'Other' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('conflict')
    expect(r.error.message).toBe('Code so1 is already used by objective "Faster clearance".')
    expect(r.error.details?.[0]?.path).toBe('code')
    expect(count(b, 'objectives')).toBe(1)
    expect(count(b, 'audit_log')).toBe(1)
  })

  it('refuses to overwrite a change made by someone else', () => {
    const b = tempBackend()
    const o = value<Objective>(b.call('objectives:create', { code: 'SO1', title: 'One' }))
    value(b.call('objectives:update', { ...editable(o), title: 'Two' }))
    const stale = b.call('objectives:update', { ...editable(o), title: 'Three' })
    expect(!stale.ok && stale.error.code).toBe('conflict')
    expect(value<Objective[]>(b.call('objectives:list', undefined))[0]!.title).toBe('Two')
  })

  it('says clearly when the objective is gone', () => {
    const r = tempBackend().call('objectives:delete', { id: 999 })
    expect(!r.ok && r.error).toEqual({
      code: 'not_found',
      message: 'This objective no longer exists.',
    })
  })

  it('rejects invalid input with every problem listed and changes nothing', () => {
    const b = tempBackend()
    const r = b.call('objectives:create', { code: 'S O 1', title: '', status: 'finished' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('validation')
    expect(r.error.details!.map((d) => d.path).sort()).toEqual(['code', 'status', 'title'])
    expect(count(b, 'objectives')).toBe(0)
    expect(count(b, 'audit_log')).toBe(0)
  })

  it('stores markup as plain text, exactly as typed', () => {
    const b = tempBackend()
    const title = '<img src=x onerror="alert(1)"> & <script>'
    value(b.call('objectives:create', { code: 'SO1', title }))
    expect(value<Objective[]>(b.call('objectives:list', undefined))[0]!.title).toBe(title)
  })

  it('rolls back the whole change when a step fails midway', () => {
    let calls = 0
    const b = tempBackend({
      // The row insert reads the clock first; the audit entry reads it second and fails.
      now: () => {
        calls++
        if (calls === 2) throw new Error('disk full while writing the audit entry')
        return '2026-11-27T10:00:00.000Z'
      },
    })
    const logged: unknown[] = []
    const r = b.call('objectives:create', { code: 'SO1', title: 'Half-written' })
    expect(!r.ok && r.error.code).toBe('internal')
    expect(!r.ok && r.error.message).toMatch(/changed nothing/)
    expect(count(b, 'objectives')).toBe(0)
    expect(count(b, 'audit_log')).toBe(0)
    void logged
  })

  it('answers an unknown channel as data, not a crash', () => {
    const r = tempBackend().call('objectives:explode', {})
    expect(!r.ok && r.error.code).toBe('unknown_channel')
  })
})
