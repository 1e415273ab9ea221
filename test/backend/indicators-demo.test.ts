import { describe, expect, it } from 'vitest'
import { inTransaction } from '../../electron/backend/db/transaction'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
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
    await inTransaction(b.ctx, (tx) => seedDemo(tx, { parts: ['indicators'] }))
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

  it('attaches indicators to the outcomes and outputs their codes name, when the plan is loaded', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    await inTransaction(b.ctx, (tx) => seedDemo(tx, { parts: ['plan', 'indicators'] }))
    const list = await ok(b, 'indicators:list', undefined)
    const at = (code: string) => list.find((i) => i.code === code)!.attachedTo
    // OP4.1.2 (the training academy's curriculum) and OC1.1 (release times) in the file.
    expect(at('SO4-01')).toMatchObject({ level: 'output', number: '4.1.2' })
    expect(at('SO1-01')).toMatchObject({ level: 'outcome', number: '1.1' })
    expect(list.filter((i) => i.attachedTo.level !== 'objective').length).toBeGreaterThan(10)
  })

  it('falls back to the objective a code sits under when the plan part is not loaded', async () => {
    const b = await demoBackend()
    await inTransaction(b.ctx, (tx) => seedDemo(tx, { parts: ['indicators'] }))
    const list = await ok(b, 'indicators:list', undefined)
    expect(list.find((i) => i.code === 'SO4-01')!.attachedTo).toMatchObject({
      level: 'objective',
      objectiveCode: 'SO4',
    })
    expect(list.every((i) => i.attachedTo.level === 'objective')).toBe(true)
  })
})
