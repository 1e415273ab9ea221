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
  it('is empty before setup, then stores the profile with ordered lists', async () => {
    const b = await tempBackend()
    expect(value(await b.call('settings:get', undefined))).toBeNull()
    const saved = value<Record<string, unknown>>(
      await b.call('settings:save', {
        ...sampleSettings,
        classifications: ['OFFICIAL', 'RESTRICTED', 'SECRET'],
      }),
    )
    expect(saved).toMatchObject({
      classifications: ['OFFICIAL', 'RESTRICTED', 'SECRET'],
      interfaceLanguage: 'en',
    })
    const reread = value<Record<string, unknown>>(await b.call('settings:get', undefined))
    expect(reread).toEqual(saved)
  })

  it('switches the interface language and audits it', async () => {
    const b = await tempBackend()
    await b.call('settings:save', sampleSettings)
    expect(
      value<{ interfaceLanguage: string }>(await b.call('settings:setLanguage', { language: 'fr' }))
        .interfaceLanguage,
    ).toBe('fr')
    expect(await count(b, 'audit_log')).toBe(2)
  })

  it('refuses a language change before setup', async () => {
    const r = await (await tempBackend()).call('settings:setLanguage', { language: 'fr' })
    expect(!r.ok && r.error.code).toBe('conflict')
  })
})

describe('strategic objectives', () => {
  it('creates, edits and deletes, each change audited', async () => {
    const b = await tempBackend()
    const created = value<Objective>(
      await b.call('objectives:create', {
        code: 'SO1',
        title: 'Faster clearance',
        owner: 'Director, Procedures',
      }),
    )
    expect(created).toMatchObject({ code: 'SO1', status: 'draft', version: 1, description: '' })
    const edited = value<Objective>(
      await b.call('objectives:update', { ...editable(created), status: 'active' }),
    )
    expect(edited).toMatchObject({ status: 'active', version: 2 })
    expect(value(await b.call('objectives:delete', { id: created.id }))).toEqual({ id: created.id })
    expect(value<Objective[]>(await b.call('objectives:list', undefined))).toEqual([])
    const actions = (
      await b.ctx.db.selectFrom('audit_log').select('action').orderBy('seq').execute()
    ).map((r) => r.action)
    expect(actions).toEqual(['create', 'update', 'delete'])
  })

  it('lists objectives in natural code order', async () => {
    const b = await tempBackend()
    for (const code of ['SO10', 'SO2', 'SO1'])
      await b.call('objectives:create', { code, title: code })
    expect(
      value<Objective[]>(await b.call('objectives:list', undefined)).map((o) => o.code),
    ).toEqual(['SO1', 'SO2', 'SO10'])
  })

  it('refuses a duplicate code, case-insensitively, naming the holder', async () => {
    const b = await tempBackend()
    await b.call('objectives:create', { code: 'SO1', title: 'Faster clearance' })
    const r = await b.call('objectives:create', { code: 'so1', title: 'Other' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('conflict')
    expect(r.error.message).toBe('Code so1 is already used by objective "Faster clearance".')
    expect(r.error.details?.[0]?.path).toBe('code')
    expect(await count(b, 'objectives')).toBe(1)
    expect(await count(b, 'audit_log')).toBe(1)
  })

  it('refuses to overwrite a change made by someone else', async () => {
    const b = await tempBackend()
    const o = value<Objective>(await b.call('objectives:create', { code: 'SO1', title: 'One' }))
    value(await b.call('objectives:update', { ...editable(o), title: 'Two' }))
    const stale = await b.call('objectives:update', { ...editable(o), title: 'Three' })
    expect(!stale.ok && stale.error.code).toBe('conflict')
    expect(value<Objective[]>(await b.call('objectives:list', undefined))[0]!.title).toBe('Two')
  })

  it('says clearly when the objective is gone', async () => {
    const r = await (await tempBackend()).call('objectives:delete', { id: 999 })
    expect(!r.ok && r.error).toEqual({
      code: 'not_found',
      message: 'This objective no longer exists.',
    })
  })

  it('rejects invalid input with every problem listed and changes nothing', async () => {
    const b = await tempBackend()
    const r = await b.call('objectives:create', { code: 'S O 1', title: '', status: 'finished' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('validation')
    expect(r.error.details!.map((d) => d.path).sort()).toEqual(['code', 'status', 'title'])
    expect(await count(b, 'objectives')).toBe(0)
    expect(await count(b, 'audit_log')).toBe(0)
  })

  it('stores markup as plain text, exactly as typed', async () => {
    const b = await tempBackend()
    const title = '<img src=x onerror="alert(1)"> & <script>'
    value(await b.call('objectives:create', { code: 'SO1', title }))
    expect(value<Objective[]>(await b.call('objectives:list', undefined))[0]!.title).toBe(title)
  })

  it('rolls back the whole change when a step fails midway', async () => {
    let calls = 0
    const b = await tempBackend({
      // The row insert reads the clock first; the audit entry reads it second and fails.
      now: () => {
        calls++
        if (calls === 2) throw new Error('disk full while writing the audit entry')
        return '2026-11-27T10:00:00.000Z'
      },
    })
    const logged: unknown[] = []
    const r = await b.call('objectives:create', { code: 'SO1', title: 'Half-written' })
    expect(!r.ok && r.error.code).toBe('internal')
    expect(!r.ok && r.error.message).toMatch(/changed nothing/)
    expect(await count(b, 'objectives')).toBe(0)
    expect(await count(b, 'audit_log')).toBe(0)
    void logged
  })

  it('answers an unknown channel as data, not a crash', async () => {
    const r = await (await tempBackend()).call('objectives:explode', {})
    expect(!r.ok && r.error.code).toBe('unknown_channel')
  })
})
