import { describe, expect, it } from 'vitest'
import { count, tempBackend } from '../helpers/temp-backend'
import { auditOf, indicator, indicatorInput, objective, ok, refused } from './indicators-helpers'

describe('indicator targets', () => {
  it('offers objectives and their outcomes and outputs with dotted numbers', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    const so2 = await objective(b, 'SO2')
    // The plan domain owns results; insert them as its service would.
    const insert = async (
      parentId: number | null,
      level: 'outcome' | 'output',
      position: number,
      statement: string,
    ) =>
      (
        await b.ctx.db
          .insertInto('results')
          .values({
            objective_id: so2,
            parent_id: parentId,
            level,
            position,
            statement,
            created_at: 't',
            updated_at: 't',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    const o2 = await insert(null, 'outcome', 2, 'Revenue collected correctly')
    await insert(null, 'outcome', 1, 'Disputes settled faster')
    await insert(o2, 'output', 1, 'Valuation database in use')
    const targets = await ok(b, 'indicators:targets', undefined)
    expect(targets.map((t) => [t.number, t.level, t.objectiveCode, t.statement])).toEqual([
      ['1', 'objective', 'SO1', 'Objective SO1'],
      ['2', 'objective', 'SO2', 'Objective SO2'],
      ['2.1', 'outcome', 'SO2', 'Disputes settled faster'],
      ['2.2', 'outcome', 'SO2', 'Revenue collected correctly'],
      ['2.2.1', 'output', 'SO2', 'Valuation database in use'],
    ])
    expect(targets[0]).toMatchObject({ kind: 'objective', id: so1 })

    const onOutput = await indicator(b, so1, {
      attachedTo: { kind: 'result', id: targets[4]!.id },
    })
    expect(onOutput.attachedTo).toMatchObject({ level: 'output', number: '2.2.1' })
  })
})

describe('creating indicators', () => {
  it('creates from the pack library, keeps the link and records it in the audit trail', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const so1 = await objective(b, 'SO1')
    const library = await ok(b, 'indicators:library', undefined)
    const release = library.find((l) => l.code === 'CAP.TRS.RELEASE')!
    expect(release).toMatchObject({ direction: 'lower_is_better', frequency: 'quarterly' })
    expect(typeof release.name === 'string' ? release.name : release.name.fr).toBe(
      'Temps moyen de mainlevée (ETNM)',
    )
    const created = await indicator(b, so1, {
      libraryItemId: release.id,
      code: 'SO1-01',
      name: 'Average release time (TRS)',
      unit: 'hours',
      direction: 'lower_is_better',
      baselineValue: 96,
      targetValue: 48,
      milestones: [
        { date: '2027-12-31', value: 64 },
        { date: '2026-12-31', value: 80 },
      ],
    })
    expect(created).toMatchObject({ libraryItemId: release.id, libraryCode: 'CAP.TRS.RELEASE' })
    // Milestones come back in date order whatever order they were typed in.
    expect(created.milestones.map((m) => m.date)).toEqual(['2026-12-31', '2027-12-31'])
    const listed = await ok(b, 'indicators:list', undefined)
    expect(listed[0]).toMatchObject({ code: 'SO1-01', libraryCode: 'CAP.TRS.RELEASE' })
    const audit = await auditOf(b, 'indicator')
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'create', entity_id: String(created.id) })
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({
      code: 'SO1-01',
      libraryItemId: release.id,
    })
  })

  it('keeps the library link on later edits even after the pack archived the item', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const so1 = await objective(b, 'SO1')
    const item = (await ok(b, 'indicators:library', undefined)).find((l) => l.code === 'KPI.EDECL')!
    const ind = await indicator(b, so1, { libraryItemId: item.id })
    await b.ctx.db
      .updateTable('library_items')
      .set({ archived_at: 't' })
      .where('id', '=', item.id)
      .execute()
    expect((await ok(b, 'indicators:library', undefined)).some((l) => l.id === item.id)).toBe(false)
    const { id, version, attachedTo, libraryCode: _l, createdAt: _c, updatedAt: _u, ...rest } = ind
    const renamed = await ok(b, 'indicators:update', {
      ...rest,
      id,
      version,
      attachedTo: { kind: attachedTo.kind, id: attachedTo.id },
      name: 'E-declarations (all offices)',
    })
    expect(renamed).toMatchObject({ libraryItemId: item.id, name: 'E-declarations (all offices)' })
    // A new indicator cannot be based on it any more.
    const refusedNew = await refused(
      b,
      'indicators:create',
      indicatorInput(so1, { code: 'IND-2', libraryItemId: item.id }),
    )
    expect(refusedNew.details?.[0]?.path).toBe('libraryItemId')
  })

  it('refuses a path out of order, naming each field, and saves nothing', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    const error = await refused(
      b,
      'indicators:create',
      indicatorInput(so1, {
        baselineDate: '2026-06-30',
        targetDate: '2026-01-01',
        milestones: [
          { date: '2027-01-01', value: 5 },
          { date: '2026-02-30', value: 5 },
        ],
      }),
    )
    expect(error.code).toBe('validation')
    const byPath = Object.fromEntries((error.details ?? []).map((p) => [p.path, p.message]))
    expect(byPath.targetDate).toBe('Target date must be after the baseline date (2026-06-30).')
    expect(byPath['milestones.0.date']).toMatch(/between the baseline date .* and the target date/)
    expect(byPath['milestones.1.date']).toBe(
      'Date of entry 2 in Milestones is not a real calendar date.',
    )
    expect(await count(b, 'indicators')).toBe(0)
    expect(await count(b, 'audit_log')).toBe(1) // the objective only
  })

  it('refuses values that are not numbers, unknown targets, unknown library items and taken codes', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    const notNumber = await refused(b, 'indicators:create', {
      ...indicatorInput(so1),
      baselineValue: '60',
    })
    expect(notNumber.code).toBe('validation')
    expect(notNumber.details?.map((p) => p.path)).toEqual(['baselineValue'])

    const noTarget = await refused(
      b,
      'indicators:create',
      indicatorInput(so1, { attachedTo: { kind: 'result', id: 999 } }),
    )
    expect(noTarget).toMatchObject({ code: 'validation' })
    expect(noTarget.details?.[0]?.path).toBe('attachedTo')
    expect(noTarget.message).toMatch(/outcome or output .* no longer exists/)

    const noLibrary = await refused(
      b,
      'indicators:create',
      indicatorInput(so1, { libraryItemId: 4242 }),
    )
    expect(noLibrary.details?.[0]?.path).toBe('libraryItemId')

    await indicator(b, so1, { code: 'IND-1' })
    const taken = await refused(b, 'indicators:create', indicatorInput(so1, { code: 'ind-1' }))
    expect(taken.code).toBe('conflict')
    expect(taken.details?.[0]).toMatchObject({ path: 'code', code: 'duplicate' })
    expect(await count(b, 'indicators')).toBe(1)
  })

  it('keeps markup as plain text', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    const created = await indicator(b, so1, { name: '<img src=x onerror=alert(1)> & rate' })
    expect((await ok(b, 'indicators:get', { id: created.id })).indicator.name).toBe(
      '<img src=x onerror=alert(1)> & rate',
    )
  })
})

describe('changing and deleting indicators', () => {
  it('refuses a stale version and re-judges recorded values when the plan changes', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    const ind = await indicator(b, so1, {
      frequency: 'yearly',
      baselineDate: '2024-12-31',
      milestones: [],
    })
    // 2025 ends a fifth of the way to the target: planned 60 + 40 × 365/1826 ≈ 68.
    const actual = await ok(b, 'indicators:addActual', {
      indicatorId: ind.id,
      period: '2025',
      value: 71,
    })
    expect(actual.rag).toBe('green')

    const { id, version, attachedTo, libraryCode: _l, createdAt: _c, updatedAt: _u, ...rest } = ind
    const input = { ...rest, id, version, attachedTo: { kind: attachedTo.kind, id: attachedTo.id } }
    const raised = await ok(b, 'indicators:update', { ...input, targetValue: 140 })
    expect(raised.version).toBe(2)
    const detail = await ok(b, 'indicators:get', { id })
    expect(detail.actuals[0]).toMatchObject({ period: '2025', rag: 'red' })
    expect(detail.actuals[0]!.planned).toBeCloseTo(76, 0)
    const update = (await auditOf(b, 'indicator')).at(-1)!
    expect(JSON.parse(update.after_json!).statusChanges).toEqual([
      { period: '2025', from: 'green', to: 'red' },
    ])
    // The summary counts the red value that now lacks an explanation.
    expect((await ok(b, 'indicators:list', undefined))[0]).toMatchObject({ unexplainedRed: 1 })

    const stale = await refused(b, 'indicators:update', { ...input, name: 'Too late' })
    expect(stale.code).toBe('conflict')
    expect((await ok(b, 'indicators:get', { id })).indicator.name).toBe(ind.name)
  })

  it('deletes an indicator with its values, which stay in the audit trail', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    const ind = await indicator(b, so1)
    await ok(b, 'indicators:addActual', { indicatorId: ind.id, period: '2026-Q1', value: 63 })
    expect((await refused(b, 'indicators:delete', { id: ind.id, version: 9 })).code).toBe(
      'conflict',
    )
    await ok(b, 'indicators:delete', { id: ind.id, version: ind.version })
    expect(await count(b, 'indicators')).toBe(0)
    expect(await count(b, 'indicator_actuals')).toBe(0)
    expect(await count(b, 'indicator_milestones')).toBe(0)
    const last = (await auditOf(b, 'indicator')).at(-1)!
    expect(last.action).toBe('delete')
    expect(JSON.parse(last.before_json!).actuals).toEqual([
      { period: '2026-Q1', value: 63, rag: expect.any(String), explanation: '' },
    ])
    expect((await refused(b, 'indicators:get', { id: ind.id })).code).toBe('not_found')
  })
})
