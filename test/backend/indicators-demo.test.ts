import { describe, expect, it } from 'vitest'
import { inTransaction } from '../../electron/backend/db/transaction'
import { seedIndicatorsDemo } from '../../electron/backend/indicators/indicators-demo'
import { count, tempBackend } from '../helpers/temp-backend'
import { auditOf, objective, ok } from './indicators-helpers'

async function demoBackend() {
  const b = await tempBackend({ installBuiltinPack: true })
  for (const code of ['SO1', 'SO2', 'SO3', 'SO4', 'SO5']) await objective(b, code)
  return b
}

describe('indicators demo', () => {
  it('adds twenty indicators, mostly from the library, with two years of values, some off track', async () => {
    const b = await demoBackend()
    await inTransaction(b.ctx, (tx) => seedIndicatorsDemo(tx))
    const list = await ok(b, 'indicators:list', undefined)
    expect(list).toHaveLength(20)
    expect(list.filter((i) => i.libraryCode !== null).length).toBeGreaterThanOrEqual(14)
    expect(new Set(list.map((i) => i.attachedTo.objectiveCode))).toEqual(
      new Set(['SO1', 'SO2', 'SO3', 'SO4', 'SO5']),
    )
    for (const i of list) {
      expect(i.baselineDate).toBe('2024-06-30')
      expect(i.targetDate).toBe('2029-06-30')
      expect(i.milestones.length).toBeGreaterThan(0)
    }
    const byFrequency = (f: string) => list.filter((i) => i.frequency === f)
    // December 2024 to October 2026; 2025-Q1 to 2026-Q3; 2024 and 2025.
    for (const i of byFrequency('monthly')) expect(i.actualCount).toBe(23)
    for (const i of byFrequency('quarterly')) expect(i.actualCount).toBe(7)
    for (const i of byFrequency('yearly')) expect(i.actualCount).toBe(2)
    expect(byFrequency('monthly')[0]!.latest?.period).toBe('2026-10')

    const statuses = list.map((i) => i.status)
    expect(statuses.filter((s) => s === 'red').length).toBeGreaterThanOrEqual(3)
    expect(statuses.filter((s) => s === 'amber').length).toBeGreaterThanOrEqual(3)
    expect(statuses.filter((s) => s === 'green').length).toBeGreaterThanOrEqual(5)
    // The rule holds in the demo too: no red value without its explanation.
    expect(await count(b, 'indicator_actuals')).toBeGreaterThan(150)
    const unexplained = await b.ctx.db
      .selectFrom('indicator_actuals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('rag', '=', 'red')
      .where('explanation', '=', '')
      .executeTakeFirstOrThrow()
    expect(Number(unexplained.n)).toBe(0)
    // Through the services: one audit entry per indicator and per value.
    expect(await auditOf(b, 'indicator')).toHaveLength(20)
    expect(await auditOf(b, 'indicator_actual')).toHaveLength(await count(b, 'indicator_actuals'))
  })

  it('attaches some indicators to outcomes and outputs when the plan has them', async () => {
    const b = await demoBackend()
    const so4 = (
      await b.ctx.db
        .selectFrom('objectives')
        .select('id')
        .where('code', '=', 'SO4')
        .executeTakeFirstOrThrow()
    ).id
    const result = (level: 'outcome' | 'output', parentId: number, statement: string) =>
      ok(b, 'plan:createResult', { level, parentId, statement })
    const outcome = await result('outcome', so4, 'Staff trained on competencies')
    await result('output', outcome.id, 'Competency framework adopted')
    await result('output', outcome.id, 'Training academy delivers a competency-based curriculum')
    await inTransaction(b.ctx, (tx) => seedIndicatorsDemo(tx))
    const training = (await ok(b, 'indicators:list', undefined)).find((i) => i.code === 'SO4-01')!
    expect(training.attachedTo).toMatchObject({ level: 'output', number: '4.1.2' })
    const release = (await ok(b, 'indicators:list', undefined)).find((i) => i.code === 'SO1-01')!
    expect(release.attachedTo.level).toBe('objective')
  })
})
