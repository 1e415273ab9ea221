import { describe, expect, it } from 'vitest'
import {
  auditActions,
  createDf,
  detail,
  failure,
  framework,
  item,
  ok,
  packBackend,
  score,
} from './assessments-fixtures'

function nextCycle(b: Awaited<ReturnType<typeof packBackend>>, fromId: number) {
  return ok(b, 'assessments:startCycle', {
    fromId,
    type: 'self_assessment',
    title: 'Self-assessment 2027',
    startDate: '2027-02-01',
    endDate: '2027-02-05',
    lead: 'self',
  })
}

describe('assessment cycles', () => {
  it('carries scores, evidence and findings forward, flagged until each item is edited', async () => {
    const b = await packBackend()
    const first = await createDf(b, { areas: ['DF.1', 'DF.2'] })
    await score(b, first.id, 'DF.1.1', 2, 4, {
      evidence: 'Plan 2020–2024 expired',
      currentState: 'No current plan',
      desiredState: 'Approved, costed plan',
    })
    await score(b, first.id, 'DF.2.3', 1, 3)
    await score(b, first.id, 'DF.2.5', null, null, { notApplicable: true })
    await ok(b, 'assessments:addRecommendation', {
      assessmentItemId: (await item(b, first.id, 'DF.1.1')).id,
      text: 'Adopt a new strategic plan',
      priority: 'high',
      horizon: 'short',
    })

    const next = await nextCycle(b, first.id)
    expect(next).toMatchObject({
      previousId: first.id,
      previousTitle: 'Diagnostic mission 2026',
      areaIds: first.areaIds,
      // Only the three items the first cycle filled in are carried (and flagged).
      progress: { scored: 2, applicable: 9, notApplicable: 1, total: 10, carried: 3 },
    })
    const carried = await item(b, next.id, 'DF.1.1')
    expect(carried).toMatchObject({
      currentLevel: 2,
      targetLevel: 4,
      evidence: 'Plan 2020–2024 expired',
      currentState: 'No current plan',
      desiredState: 'Approved, costed plan',
      carriedForward: true,
      carriedFromId: (await item(b, first.id, 'DF.1.1')).id,
    })
    // Recommendations belong to the cycle that made them.
    expect(carried.recommendations).toEqual([])
    expect(await item(b, next.id, 'DF.2.5')).toMatchObject({
      notApplicable: true,
      carriedForward: true,
    })

    const edited = await score(b, next.id, 'DF.1.1', 3, 4)
    expect(edited.carriedForward).toBe(false)
    expect((await item(b, next.id, 'DF.2.3')).carriedForward).toBe(true)
    expect(await item(b, next.id, 'DF.1.4')).toMatchObject({
      carriedForward: false,
      carriedFromId: null,
    })
    expect((await detail(b, next.id)).assessment.progress.carried).toBe(2)
    // The earlier cycle is untouched.
    expect(await item(b, first.id, 'DF.1.1')).toMatchObject({
      currentLevel: 2,
      carriedForward: false,
    })
    expect(await auditActions(b, 'assessment')).toEqual(['create', 'start_cycle'])
  })

  it('validates the dates of the new cycle and refuses an unknown source', async () => {
    const b = await packBackend()
    const first = await createDf(b, { areas: ['DF.1'] })
    const bad = await failure(b, 'assessments:startCycle', {
      fromId: first.id,
      type: 'self_assessment',
      title: 'Next',
      startDate: '2027-03-01',
      endDate: '2027-02-01',
      lead: 'self',
    })
    expect(bad.details?.[0]).toMatchObject({ path: 'endDate' })
    expect(
      (
        await failure(b, 'assessments:startCycle', {
          fromId: 4242,
          type: 'self_assessment',
          title: 'Next',
          lead: 'self',
        })
      ).code,
    ).toBe('not_found')
    expect(await ok(b, 'assessments:list', undefined)).toHaveLength(1)
  })

  it('compares two cycles side by side with the change per area and per item', async () => {
    const b = await packBackend()
    const first = await createDf(b, { areas: ['DF.1', 'DF.4'] })
    await score(b, first.id, 'DF.1.1', 1, 4)
    await score(b, first.id, 'DF.1.2', 2, 4)
    await score(b, first.id, 'DF.4.2', 1, 4)
    const next = await nextCycle(b, first.id)
    await score(b, next.id, 'DF.1.1', 3, 4)
    await score(b, next.id, 'DF.1.2', 3, 4)
    await score(b, next.id, 'DF.4.2', null, null, { notApplicable: true })

    const c = await ok(b, 'assessments:compare', { baseId: first.id, otherId: next.id })
    const df1 = c.areas.find((a) => a.code === 'DF.1')!
    expect(df1.base).toMatchObject({ current: 1.5 })
    expect(df1.other).toMatchObject({ current: 3 })
    expect(df1.change).toBe(1.5)
    expect(df1.items.find((i) => i.code === 'DF.1.1')).toMatchObject({
      base: { current: 1, target: 4 },
      other: { current: 3, target: 4 },
      change: 2,
    })
    const df4 = c.areas.find((a) => a.code === 'DF.4')!
    // Not applicable in the later cycle: no score to compare.
    expect(df4.other).toMatchObject({ current: null, scored: 0 })
    expect(df4.change).toBeNull()
    expect(df4.items.find((i) => i.code === 'DF.4.2')!.change).toBeNull()
    expect(c.overall.change).toBe(1.67)
  })

  it('refuses to compare assessments of different frameworks', async () => {
    const b = await packBackend()
    const df = await createDf(b, { areas: ['DF.1'] })
    const rad = await framework(b, 'RAD')
    const integrity = await ok(b, 'assessments:create', {
      frameworkId: rad.id,
      type: 'integrity_self',
      title: 'Integrity',
      lead: 'self',
      areaIds: [rad.areas[0]!.id],
    })
    const error = await failure(b, 'assessments:compare', { baseId: df.id, otherId: integrity.id })
    expect(error.code).toBe('validation')
    expect(error.message).toContain('different frameworks')
  })

  it('keeps a later cycle when the earlier one is deleted', async () => {
    const b = await packBackend()
    const first = await createDf(b, { areas: ['DF.1'] })
    await score(b, first.id, 'DF.1.1', 2, 4)
    const next = await nextCycle(b, first.id)
    await ok(b, 'assessments:delete', { id: first.id, version: first.version })
    expect((await detail(b, next.id)).assessment.previousId).toBeNull()
    expect(await item(b, next.id, 'DF.1.1')).toMatchObject({
      currentLevel: 2,
      carriedFromId: null,
      carriedForward: false,
    })
  })
})
