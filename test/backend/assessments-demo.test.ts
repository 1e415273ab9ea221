import { describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { inTransaction } from '../../electron/backend/db/transaction'
import { seedDemo, type DemoPart } from '../../electron/backend/demo/demo-seed'
import { ok, packBackend } from './assessments-fixtures'

// The assessments part alone (onto five bare objectives), or with the demo plan it links to.
async function seed(b: Backend, withPlan: boolean) {
  const parts: DemoPart[] = withPlan ? ['plan', 'assessments'] : ['assessments']
  if (!withPlan) {
    for (const code of ['SO1', 'SO2', 'SO3', 'SO4', 'SO5']) {
      await ok(b, 'objectives:create', { code, title: `Objective ${code}` })
    }
  }
  await inTransaction(b.ctx, (tx) => seedDemo(tx, { parts }))
}

describe('assessments part of the demo administration', () => {
  it('holds a completed 2026 mission started from the 2023 self-assessment', async () => {
    const b = await packBackend()
    await seed(b, false)
    const list = await ok(b, 'assessments:list', undefined)
    expect(list.map((a) => [a.title, a.lead, a.status])).toEqual([
      ['Diagnostic mission 2026', 'wco', 'completed'],
      ['Self-assessment 2023', 'self', 'completed'],
    ])
    const mission = await ok(b, 'assessments:get', { id: list[0]!.id })
    expect(mission.areas).toHaveLength(7)
    expect(mission.assessment.progress).toMatchObject({ scored: 33, applicable: 33, carried: 0 })
    const recs = mission.areas.flatMap((a) => a.items.flatMap((i) => i.recommendations))
    expect(recs.length).toBeGreaterThanOrEqual(15)
    expect(recs.length).toBeLessThanOrEqual(25)
    for (const i of mission.areas.flatMap((a) => a.items)) {
      expect(i.currentLevel).toBeGreaterThanOrEqual(1)
      expect(i.currentLevel).toBeLessThanOrEqual(3)
      expect(i.targetLevel).toBeGreaterThanOrEqual(3)
      expect(i.evidence).not.toBe('')
    }
    const compare = await ok(b, 'assessments:compare', {
      baseId: list[1]!.id,
      otherId: list[0]!.id,
    })
    expect(compare.overall.change).toBeGreaterThan(0)
  })

  it('leaves a few items not covered and a few deferred, the rest linked to the plan', async () => {
    const b = await packBackend()
    await seed(b, true)
    const report = await ok(b, 'assessments:coverage', undefined)
    expect(report.counts.not_covered).toBe(4)
    expect(report.counts.deferred).toBe(4)
    expect(report.counts.addressed).toBeGreaterThan(15)
    expect(report.entries[0]!.status).toBe('not_covered')
    const targeting = report.entries.find((e) => e.text.startsWith('Create a national targeting'))!
    // Linked to what the file names by its code (activity A2, reviewing selectivity criteria).
    expect(targeting.links.map((l) => [l.level, l.number])).toEqual([['activity', '1.1.1.2']])
  })

  it('links to the objective when the plan part is not loaded', async () => {
    const b = await packBackend()
    await seed(b, false)
    const report = await ok(b, 'assessments:coverage', undefined)
    const targeting = report.entries.find((e) => e.text.startsWith('Create a national targeting'))!
    // A2 sits under objective SO1: without the plan the link falls back to it.
    expect(targeting.links.map((l) => [l.level, l.number])).toEqual([['objective', '1']])
    expect(report.counts.deferred).toBe(4)
  })
})
