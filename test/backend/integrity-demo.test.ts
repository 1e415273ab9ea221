import { describe, expect, it } from 'vitest'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { compareByFactor } from '../../shared/domain/integrity-compare'
import { inTransaction } from '../../electron/backend/db/transaction'
import { count } from '../helpers/temp-backend'
import { auditCount, getData, integrityBackend } from './integrity-helpers'

describe('integrity part of the demo administration', () => {
  it('seeds two assessments, about twenty actions and two survey waves, all audited', async () => {
    const b = await integrityBackend()
    // The plan and the indicators first, so the actions can name their indicators by code.
    await inTransaction(b.ctx, (tx) => seedDemo(tx, { parts: ['plan', 'indicators'] }))
    const before = await auditCount(b)
    await inTransaction(b.ctx, (tx) => seedDemo(tx, { parts: ['integrity'] }))
    const data = await getData(b)

    const [workshop, mission] = data.assessments
    expect(workshop).toMatchObject({ method: 'self_assessment', participantCount: 21 })
    expect(workshop!.assessedOn.startsWith('2026')).toBe(true)
    expect(workshop!.ratings.filter((r) => r.rating !== null)).toHaveLength(10)
    expect(workshop!.ratings.every((r) => r.strengths && r.weaknesses && r.evidence)).toBe(true)

    expect(data.actions.length).toBeGreaterThanOrEqual(18)
    expect(new Set(data.actions.map((a) => a.horizon))).toEqual(
      new Set(['short', 'medium', 'long']),
    )
    const statuses = data.actions.map((a) => a.status)
    expect(statuses.filter((s) => s === 'done').length).toBeGreaterThanOrEqual(3)
    expect(statuses.filter((s) => s === 'in_progress').length).toBeGreaterThanOrEqual(3)
    // The test clock reads 2026-11-27.
    expect(data.actions.filter((a) => a.overdue).length).toBeGreaterThanOrEqual(3)
    const linked = data.actions.filter((a) => a.indicatorId !== null)
    expect(linked.map((a) => a.indicatorLabel?.split(' — ')[0])).toEqual(['SO4-02', 'SO4-03'])

    expect(data.waves.map((w) => [w.conductedOn.slice(0, 4), w.population])).toEqual([
      ['2023', 'staff'],
      ['2023', 'private_sector'],
      ['2025', 'staff'],
      ['2025', 'private_sector'],
    ])
    const staff = data.waves.filter((w) => w.population === 'staff')
    const asMap = (w: (typeof staff)[number]) =>
      new Map(w.scores.map((s) => [s.factorItemId, s.score]))
    const ids = data.framework!.factors.map((f) => f.id)
    const changes = compareByFactor(asMap(staff[0]!), asMap(staff[1]!), ids)
    expect(changes.every((c) => c.direction !== 'not_comparable')).toBe(true)
    expect(changes.some((c) => c.direction === 'up')).toBe(true)
    expect(changes.some((c) => c.direction === 'down')).toBe(true)
    const ratingChanges = compareByFactor(
      new Map(mission!.ratings.map((r) => [r.factorItemId, r.rating])),
      new Map(workshop!.ratings.map((r) => [r.factorItemId, r.rating])),
      ids,
    )
    expect(ratingChanges.filter((c) => c.direction === 'up').length).toBeGreaterThan(3)

    const records =
      (await count(b, 'integrity_assessments')) +
      (await count(b, 'integrity_ratings')) +
      (await count(b, 'integrity_actions')) +
      (await count(b, 'survey_waves'))
    expect((await auditCount(b)) - before).toBe(records)
  })

  it('seeds without indicator links when the indicators table is empty', async () => {
    const b = await integrityBackend()
    await inTransaction(b.ctx, (tx) => seedDemo(tx, { parts: ['integrity'] }))
    const data = await getData(b)
    expect(data.actions.every((a) => a.indicatorId === null)).toBe(true)
    expect(data.overview.every((o) => o.latestRating !== null)).toBe(true)
  })
})
