// The register's summary of each risk's rating history (count, newest date, trend) is kept on the
// risk when a rating is recorded (migration 010), instead of read from every rating per listing.
// It must always say what the full history says, and the migration's backfill must agree too.
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { MIGRATIONS } from '../../electron/backend/db/migrations'
import { PG_MIGRATIONS } from '../../electron/backend/db/migrations/postgres'
import type { RiskRegister } from '../../shared/contract'
import { tempBackend, testEngine } from '../helpers/temp-backend'
import { asUpdate, call, newRisk, value } from './risks-helpers'

// What the register shows of each risk's ratings, and what its full history says.
async function summaries(b: Backend) {
  const register = value(await call(b, 'risks:list', {})) as RiskRegister
  const shown = register.risks.map((r) => [r.code, r.ratingCount, r.lastRatedOn, r.trend])
  const fromHistory = []
  for (const r of register.risks) {
    const d = value(await call(b, 'risks:get', { id: r.id }))
    fromHistory.push([r.code, d.ratings.length, d.ratings.at(-1)!.ratedOn, d.trend])
  }
  return { shown, fromHistory }
}

async function threeRisks(b: Backend) {
  const first = value(await call(b, 'risks:create', newRisk({ raisedOn: '2026-09-01' })))
  const up = value(
    await call(b, 'risks:update', {
      ...asUpdate(first),
      residualLikelihood: 4,
      ratingReason: 'Donor confirmed a delay.',
      ratedOn: '2026-10-15',
    }),
  )
  value(
    await call(b, 'risks:update', {
      ...asUpdate(up),
      residualLikelihood: 2,
      ratingReason: 'Funding arrived.',
      ratedOn: '2026-11-20',
    }),
  )
  const second = value(await call(b, 'risks:create', newRisk({ title: 'Staff turnover' })))
  value(await call(b, 'risks:update', { ...asUpdate(second), ratingReason: 'No change.' }))
  value(await call(b, 'risks:create', newRisk({ title: 'Scanner outage' })))
}

describe('the register summary of rating histories', () => {
  it('follows every recorded rating', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    await threeRisks(b)
    const { shown, fromHistory } = await summaries(b)
    expect(shown).toEqual(fromHistory)
    expect(shown).toEqual([
      ['R-001', 3, '2026-11-20', 'down'],
      ['R-002', 2, expect.any(String), 'same'],
      ['R-003', 1, expect.any(String), 'new'],
    ])
    await b.close()
  })

  it('is rebuilt from the ratings by the migration that introduced it', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    await threeRisks(b)
    const before = await summaries(b)
    // As a database written before migration 010 would have it, then the migration's own backfill.
    await b.ctx.db
      .updateTable('risks')
      .set({ ratings_count: 0, last_rated_on: null, last_score: null, previous_score: null })
      .execute()
    const step = (testEngine === 'postgres' ? PG_MIGRATIONS : MIGRATIONS).find(
      (m) => m.version === 10,
    )!
    const backfill = /UPDATE risks SET[\s\S]*?;/.exec(step.sql)![0]
    await sql.raw(backfill).execute(b.ctx.db)
    expect(await summaries(b)).toEqual(before)
    await b.close()
  })
})
