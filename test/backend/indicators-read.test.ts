import { describe, expect, it } from 'vitest'
import {
  countIndicatorsOn,
  indicatorExists,
  indicatorLabels,
  latestActuals,
  listIndicatorOptions,
  listIndicatorPlans,
  offTrackIndicators,
} from '../../electron/backend/indicators/indicators-read'
import { tempBackend } from '../helpers/temp-backend'
import { indicator, objective, ok } from './indicators-helpers'

// The read API other domains use instead of querying the indicators tables.
describe('indicators read API', () => {
  it('lists, labels, counts and reports the latest values the same way on every engine', async () => {
    const b = await tempBackend()
    const so1 = await objective(b, 'SO1')
    const so2 = await objective(b, 'SO2')
    const i10 = await indicator(b, so1, { code: 'i10', name: 'Ten' })
    const i2 = await indicator(b, so1, { code: 'I2', name: 'Two' })
    const b1 = await indicator(b, so2, { code: 'b1', name: 'Bee', milestones: [] })
    const add = (indicatorId: number, period: string, value: number, explanation = '') =>
      ok(b, 'indicators:addActual', { indicatorId, period, value, explanation })
    // Plan ≈ 62.47 at 2026-Q1, 64.96 at 2026-Q2 (baseline 60 at 2025-12-31, 70 a year later).
    await add(i10.id, '2026-Q1', 70)
    await add(i10.id, '2026-Q2', 50, 'Strike at the port.')
    await add(i2.id, '2026-Q2', 64.5)
    await add(i2.id, '2026-Q1', 20, 'Old system down.')

    expect((await listIndicatorOptions(b.ctx.db)).map((o) => o.code)).toEqual(['b1', 'I2', 'i10'])
    expect(await indicatorExists(b.ctx.db, i2.id)).toBe(true)
    expect(await indicatorExists(b.ctx.db, 9999)).toBe(false)
    expect(await indicatorLabels(b.ctx.db, [i2.id, 9999, i2.id])).toEqual(
      new Map([[i2.id, { code: 'I2', name: 'Two' }]]),
    )
    expect(await countIndicatorsOn(b.ctx.db, { kind: 'objective', id: so1 })).toBe(2)
    expect(await countIndicatorsOn(b.ctx.db, { kind: 'objective', id: so2 })).toBe(1)
    expect(await countIndicatorsOn(b.ctx.db, { kind: 'result', id: so1 })).toBe(0)

    const plans = await listIndicatorPlans(b.ctx.db)
    expect(plans.map((p) => p.code)).toEqual(['b1', 'i10', 'I2'])
    expect(plans[0]).toEqual({
      id: b1.id,
      code: 'b1',
      name: 'Bee',
      attachedTo: { kind: 'objective', id: so2 },
      unit: '%',
      baselineValue: 60,
      baselineDate: '2025-12-31',
      targetValue: 100,
      targetDate: '2029-12-31',
    })

    // The latest period counts, not the latest recorded: I2's 2026-Q2 was entered first.
    const latest = await latestActuals(b.ctx.db)
    expect(latest.map((l) => [l.code, l.period, l.rag])).toEqual([
      ['i10', '2026-Q2', 'red'],
      ['I2', '2026-Q2', 'amber'],
    ])
    expect(latest[0]).toMatchObject({
      indicatorId: i10.id,
      value: 50,
      explanation: 'Strike at the port.',
    })
    expect((await latestActuals(b.ctx.db, { rags: ['amber'] })).map((l) => l.code)).toEqual(['I2'])
    expect((await offTrackIndicators(b.ctx.db)).map((l) => [l.code, l.rag])).toEqual([
      ['i10', 'red'],
      ['I2', 'amber'],
    ])

    // The lists' latest-two lookup agrees.
    const summaries = await ok(b, 'indicators:list', undefined)
    expect(summaries.map((s) => [s.code, s.latest?.period ?? null, s.previousValue])).toEqual([
      ['b1', null, null],
      ['I2', '2026-Q2', 20],
      ['i10', '2026-Q2', 70],
    ])
  })
})
