import { describe, expect, it } from 'vitest'
import { DEMO_ADMINISTRATION, seedDemo } from '../../electron/backend/demo/demo-seed'
import { inTransaction } from '../../electron/backend/db/transaction'
import { seedRisksDemo } from '../../electron/backend/risks/risks-demo'
import { count, tempBackend } from '../helpers/temp-backend'
import { call, value } from './risks-helpers'

describe('demo risk register', () => {
  // Seeds the whole demo through every domain's services: on PostgreSQL that takes longer than the
  // default 20 s on a busy machine.
  it(
    'loads about 40 risks with histories, overdue items, integrity risks and acceptances',
    {
      timeout: 90_000,
    },
    async () => {
      const b = await tempBackend({ installBuiltinPack: true })
      await inTransaction(b.ctx, async (tx) => {
        await seedDemo(tx)
      })
      expect(await count(b, 'risks')).toBe(40)
      const { risks, today } = value(await call(b, 'risks:list', { status: 'all' }))
      expect(today).toBe('2026-11-27')
      const counts = (f: (r: (typeof risks)[number]) => boolean) => risks.filter(f).length
      expect(counts((r) => r.ratingCount >= 2)).toBeGreaterThan(30)
      expect(Math.max(...risks.map((r) => r.ratingCount))).toBe(4)
      expect(counts((r) => r.trend === 'up')).toBeGreaterThanOrEqual(8)
      expect(counts((r) => r.trend === 'down')).toBeGreaterThanOrEqual(12)
      expect(counts((r) => r.reviewOverdue)).toBeGreaterThanOrEqual(6)
      expect(counts((r) => r.overdueActionCount > 0)).toBeGreaterThanOrEqual(5)
      expect(counts((r) => r.catalogueItemId !== null)).toBe(28)
      expect(counts((r) => r.status === 'closed')).toBe(1)
      expect(counts((r) => r.acceptance === 'expired' && r.aboveTolerance)).toBe(1)
      expect(counts((r) => r.acceptance === 'valid' && r.aboveTolerance)).toBe(1)
      for (const code of ['SO1', 'SO2', 'SO3', 'SO4', 'SO5'])
        expect(risks.some((r) => r.target?.code === code)).toBe(true)
      const integrity = value(await call(b, 'risks:integrityRisks', {}))
      expect(integrity.length).toBeGreaterThanOrEqual(6)
      expect(new Set(integrity.map((i) => i.factorCode)).size).toBeGreaterThanOrEqual(6)
      expect(integrity.every((i) => i.factorCode.startsWith('RAD.'))).toBe(true)
      const history = value(
        await call(b, 'risks:get', { id: risks.find((r) => r.ratingCount === 4)!.id }),
      )
      expect(history.ratings.slice(1).every((x) => x.reason.length > 10)).toBe(true)
      expect(history.ratings.map((x) => x.ratedOn)).toEqual(
        [...history.ratings.map((x) => x.ratedOn)].sort(),
      )
      // Every step went through the audited services, and the chain holds.
      expect(
        Number(
          (
            await b.ctx.db
              .selectFrom('audit_log')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('entity_type', '=', 'risk')
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(await count(b, 'risk_ratings'))
      expect((value(await b.call('audit:verify', {})) as { intact: boolean }).intact).toBe(true)
      expect(DEMO_ADMINISTRATION).toContain('Numeria')
    },
  )

  it('falls back to objectives when the plan has no outputs or projects, and adds nothing without a matrix', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    for (const code of ['SO1', 'SO2', 'SO3', 'SO4', 'SO5'])
      value(await b.call('objectives:create', { code, title: `Objective ${code}` }))
    // Settings hold the classification markings the sensitive risks use.
    await inTransaction(b.ctx, (tx) => seedDemo(tx, { parts: ['settings', 'risks'] }))
    const { risks } = value(await call(b, 'risks:list', { status: 'all' }))
    expect(risks).toHaveLength(40)
    const scoped = risks.filter((r) => r.target !== null)
    expect(scoped.length).toBeGreaterThan(30)
    expect(scoped.every((r) => r.target!.type === 'objective')).toBe(true)
    // The file scopes the TEC.01 risk to project NDS, whose outputs sit under SO5.
    const ref = value(await call(b, 'risks:reference', undefined))
    const tec = ref.catalogue.find((t) => t.code === 'TEC.01')!
    const nds = risks.find((r) => r.catalogueItemId === tec.id)!
    expect([nds.target?.type, nds.target?.code]).toEqual(['objective', 'SO5'])

    const bare = await tempBackend()
    await inTransaction(bare.ctx, (tx) => seedRisksDemo(tx))
    expect(await count(bare, 'risks')).toBe(0)
  })
})
