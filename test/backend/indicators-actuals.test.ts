import { describe, expect, it } from 'vitest'
import { count, tempBackend } from '../helpers/temp-backend'
import { auditOf, indicator, objective, ok, refused } from './indicators-helpers'

// The test clock reads 2026-11-27: 2026-10, 2026-Q3 and 2025 are the latest periods that are over.

describe('RAG on save', () => {
  it('higher is better: green at or above plan, amber from 80 % of planned progress, red below', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    // Baseline 60 at 2025-12-31, milestone 70 at 2026-12-31: 2026-Q2 ends half-way, plan ≈ 65.
    const ind = await indicator(b, so1)
    const add = async (period: string, value: number, explanation = '') =>
      ok(b, 'indicators:addActual', { indicatorId: ind.id, period, value, explanation })
    const q2 = await add('2026-Q2', 65)
    expect(q2).toMatchObject({ rag: 'green', periodStart: '2026-04-01', periodEnd: '2026-06-30' })
    expect(q2.planned).toBeCloseTo(64.96, 1)
    expect((await add('2026-Q1', 62)).rag).toBe('amber') // plan ≈ 62.47: 2 of 2.47 = 81 %
    expect((await add('2026-Q3', 65.5, 'Customs union talks stalled')).rag).toBe('red') // plan ≈ 67.48
    const [summary] = await ok(b, 'indicators:list', undefined)
    expect(summary).toMatchObject({ status: 'red', actualCount: 3, unexplainedRed: 0 })
    expect(summary!.latest).toMatchObject({ period: '2026-Q3', value: 65.5 })
    expect(summary!.trend).toEqual({ movement: 'up', improving: true })
  })

  it('lower is better: the same rules, mirrored', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    const ind = await indicator(b, so1, {
      name: 'Average release time',
      unit: 'hours',
      direction: 'lower_is_better',
      frequency: 'yearly',
      baselineValue: 96,
      baselineDate: '2024-12-31',
      targetValue: 48,
      targetDate: '2026-12-31',
      milestones: [{ date: '2025-12-31', value: 72 }],
    })
    const add = async (period: string, value: number, explanation = '') =>
      ok(b, 'indicators:addActual', { indicatorId: ind.id, period, value, explanation })
    const green = await add('2025', 70)
    expect(green).toMatchObject({ rag: 'green', planned: 72 })
    const amber = await ok(b, 'indicators:updateActual', {
      id: green.id,
      version: green.version,
      period: '2025',
      value: 76,
    })
    expect(amber.rag).toBe('amber')
    expect((await ok(b, 'indicators:list', undefined))[0]!.trend).toBeNull()
    const error = await refused(b, 'indicators:updateActual', {
      id: amber.id,
      version: amber.version,
      period: '2025',
      value: 90,
    })
    expect(error.details?.[0]?.path).toBe('explanation')
  })

  it('shows grey while an indicator has no value', async () => {
    const b = await tempBackend()
    await indicator(b, await objective(b, 'SO1'))
    const [summary] = await ok(b, 'indicators:list', undefined)
    expect(summary).toMatchObject({ status: 'grey', latest: null, trend: null, actualCount: 0 })
  })
})

describe('the explanation rule', () => {
  it('refuses a red value without an explanation, says why, and saves nothing', async () => {
    const b = await tempBackend()
    const ind = await indicator(b, await objective(b, 'SO1'))
    const auditBefore = await count(b, 'audit_log')
    const error = await refused(b, 'indicators:addActual', {
      indicatorId: ind.id,
      period: '2026-Q3',
      value: 61,
      explanation: '   ',
    })
    expect(error.code).toBe('validation')
    expect(error.details).toEqual([
      expect.objectContaining({
        path: 'explanation',
        code: 'required',
        params: expect.objectContaining({ rule: 'red_needs_explanation', period: '2026-Q3' }),
      }),
    ])
    expect(error.message).toMatch(
      /^Explanation is required: 61 % for 2026-Q3 is red, well off the 67\.48 % planned/,
    )
    expect(await count(b, 'indicator_actuals')).toBe(0)
    expect(await count(b, 'audit_log')).toBe(auditBefore)

    const saved = await ok(b, 'indicators:addActual', {
      indicatorId: ind.id,
      period: '2026-Q3',
      value: 61,
      explanation: 'Scanner procurement delayed by a bid complaint.',
    })
    expect(saved).toMatchObject({
      rag: 'red',
      explanation: 'Scanner procurement delayed by a bid complaint.',
    })
  })

  it('records additions, corrections and deletions in the audit trail', async () => {
    const b = await tempBackend()
    const ind = await indicator(b, await objective(b, 'SO1'))
    const a = await ok(b, 'indicators:addActual', {
      indicatorId: ind.id,
      period: '2026-Q2',
      value: 66,
    })
    const fixed = await ok(b, 'indicators:updateActual', {
      id: a.id,
      version: a.version,
      period: '2026-Q2',
      value: 64,
      explanation: 'Corrected after the quarterly data check.',
    })
    expect(fixed.version).toBe(2)
    expect(
      (
        await refused(b, 'indicators:updateActual', {
          id: a.id,
          version: 1,
          period: '2026-Q2',
          value: 1,
        })
      ).code,
    ).toBe('conflict')
    await ok(b, 'indicators:deleteActual', { id: a.id, version: 2 })
    const trail = await auditOf(b, 'indicator_actual')
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'delete'])
    expect(JSON.parse(trail[1]!.before_json!)).toMatchObject({ value: 66, indicatorCode: 'IND-1' })
    expect(JSON.parse(trail[1]!.after_json!)).toMatchObject({ value: 64, rag: 'amber' })
    expect(JSON.parse(trail[2]!.before_json!)).toMatchObject({ period: '2026-Q2', value: 64 })
    expect(await count(b, 'indicator_actuals')).toBe(0)
  })
})

describe('periods', () => {
  it('accepts only periods written for the indicator’s frequency and derives their dates', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    const monthly = await indicator(b, so1, { code: 'M', frequency: 'monthly' })
    const quarterly = await indicator(b, so1, { code: 'Q', frequency: 'quarterly' })
    const yearly = await indicator(b, so1, { code: 'Y', frequency: 'yearly' })
    const add = async (indicatorId: number, period: string) =>
      b.call('indicators:addActual', { indicatorId, period, value: 99 })
    expect(await add(monthly.id, '2026-02')).toMatchObject({
      ok: true,
      value: { periodStart: '2026-02-01', periodEnd: '2026-02-28' },
    })
    expect(await add(quarterly.id, '2026-Q3')).toMatchObject({
      ok: true,
      value: { periodEnd: '2026-09-30' },
    })
    expect(await add(yearly.id, '2025')).toMatchObject({
      ok: true,
      value: { periodStart: '2025-01-01' },
    })

    const monthlyError = await refused(b, 'indicators:addActual', {
      indicatorId: monthly.id,
      period: '2026-Q1',
      value: 1,
    })
    expect(monthlyError.message).toBe(
      'Period 2026-Q1 is not a month written as YYYY-MM (for example 2026-03): indicator M is measured monthly.',
    )
    expect(monthlyError.details?.[0]?.path).toBe('period')
    expect(
      (
        await refused(b, 'indicators:addActual', {
          indicatorId: quarterly.id,
          period: '2026-03',
          value: 1,
        })
      ).message,
    ).toMatch(/not a quarter/)
    expect(
      (
        await refused(b, 'indicators:addActual', {
          indicatorId: yearly.id,
          period: '2026-03',
          value: 1,
        })
      ).message,
    ).toMatch(/not a year/)
    expect(
      (
        await refused(b, 'indicators:addActual', {
          indicatorId: yearly.id,
          period: 'last year',
          value: 1,
        })
      ).details?.[0]?.path,
    ).toBe('period')
    const notOver = await refused(b, 'indicators:addActual', {
      indicatorId: quarterly.id,
      period: '2026-Q4',
      value: 1,
    })
    expect(notOver.message).toBe(
      'Period 2026-Q4 has not ended yet (it ends on 2026-12-31). Record its value once the period is over.',
    )
    const twice = await refused(b, 'indicators:addActual', {
      indicatorId: monthly.id,
      period: '2026-02',
      value: 1,
    })
    expect(twice).toMatchObject({ code: 'conflict' })
    expect(twice.details?.[0]).toMatchObject({ path: 'period', code: 'duplicate' })
    expect(await count(b, 'indicator_actuals')).toBe(3)
  })
})

describe('many values', () => {
  it('imports thousands of values in one go, quickly, and lists them fast', async () => {
    const b = await tempBackend()
    const ind = await indicator(b, await objective(b, 'SO1'), {
      frequency: 'monthly',
      baselineDate: '1775-12-31',
      milestones: [],
    })
    // 250 years of months, 1776-01 to 2025-12, each with a note (some are red).
    const valid = Array.from({ length: 3000 }, (_, i) => {
      const y = 1776 + Math.floor(i / 12)
      const m = String((i % 12) + 1).padStart(2, '0')
      return { period: `${y}-${m}`, value: 60 + i / 100, explanation: `Note ${i}` }
    })
    const wrong = valid.map((a, i) => (i === 2999 ? { ...a, period: '2025-Q4' } : a))
    expect(
      (await refused(b, 'indicators:importActuals', { indicatorId: ind.id, actuals: wrong }))
        .message,
    ).toMatch(/^Entry 3000: Period 2025-Q4 is not a month/)
    expect(await count(b, 'indicator_actuals')).toBe(0)
    const started = performance.now()
    expect(
      await ok(b, 'indicators:importActuals', { indicatorId: ind.id, actuals: valid }),
    ).toEqual({
      indicatorId: ind.id,
      added: 3000,
    })
    const listed = await ok(b, 'indicators:get', { id: ind.id })
    await ok(b, 'indicators:list', undefined)
    const elapsed = performance.now() - started
    expect(listed.actuals).toHaveLength(3000)
    expect(listed.actuals[0]!.period).toBe('1776-01')
    expect(elapsed).toBeLessThan(3000)
    // One entry in the trail for the whole import.
    expect((await auditOf(b, 'indicator')).map((e) => e.action)).toEqual([
      'create',
      'import_actuals',
    ])
  })

  it('refuses the whole import when one value breaks a rule', async () => {
    const b = await tempBackend()
    const ind = await indicator(b, await objective(b, 'SO1'))
    const error = await refused(b, 'indicators:importActuals', {
      indicatorId: ind.id,
      actuals: [
        { period: '2026-Q1', value: 63 },
        { period: '2026-Q2', value: 40 },
        { period: '2026-Q1', value: 64 },
      ],
    })
    expect(error.details?.map((p) => p.path)).toEqual(['actuals.1.explanation', 'actuals.2.period'])
    expect(error.message).toMatch(/Nothing was saved\.$/)
    expect(await count(b, 'indicator_actuals')).toBe(0)
  })
})
