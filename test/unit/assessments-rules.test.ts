import { describe, expect, it } from 'vitest'
import { compareByArea, compareOverall, levelChange } from '../../shared/domain/maturity-compare'
import type { ScoredItem } from '../../shared/domain/maturity-gap'
import { isHighPriorityGap, isLive, itemGap, needsCoverage } from '../../shared/domain/traceability'

describe('comparing assessment cycles', () => {
  const before: ScoredItem[] = [
    { itemId: 1, areaId: 10, current: 1, target: 4, notApplicable: false },
    { itemId: 2, areaId: 10, current: 2, target: 4, notApplicable: false },
    { itemId: 3, areaId: 20, current: 2, target: 3, notApplicable: false },
  ]
  const after: ScoredItem[] = [
    { itemId: 1, areaId: 10, current: 3, target: 4, notApplicable: false },
    { itemId: 2, areaId: 10, current: 2, target: 4, notApplicable: false },
    { itemId: 3, areaId: 20, current: null, target: null, notApplicable: true },
  ]

  it('gives the change of the mean current level per area, or null without scores', () => {
    const c = compareByArea(before, after, [10, 20])
    expect(c.get(10)).toMatchObject({ base: { current: 1.5 }, other: { current: 2.5 }, change: 1 })
    expect(c.get(20)!.change).toBeNull()
    expect(compareOverall(before, after).change).toBe(0.83)
  })

  it('subtracts earlier from later, rounding to two decimals', () => {
    expect(levelChange(1.33, 3)).toBe(1.67)
    expect(levelChange(3, 2)).toBe(-1)
    expect(levelChange(null, 2)).toBeNull()
  })
})

describe('what the coverage check must answer', () => {
  it('asks the plan to answer accepted and partly accepted recommendations only', () => {
    expect(needsCoverage({ priority: 'low', accepted: 'yes' })).toBe(true)
    expect(needsCoverage({ priority: 'low', accepted: 'partly' })).toBe(true)
    expect(needsCoverage({ priority: 'high', accepted: 'pending' })).toBe(false)
    expect(needsCoverage({ priority: 'high', accepted: 'no' })).toBe(false)
    expect(isLive({ priority: 'high', accepted: 'no' })).toBe(false)
  })

  it('treats a wide gap, or one with a live high-priority recommendation, as high priority', () => {
    const item = (current: number | null, target: number | null, notApplicable = false) => ({
      current,
      target,
      notApplicable,
    })
    expect(itemGap(item(1, 4))).toBe(3)
    expect(itemGap(item(1, null))).toBeNull()
    expect(isHighPriorityGap(item(1, 3), [])).toBe(true)
    expect(isHighPriorityGap(item(2, 3), [])).toBe(false)
    expect(isHighPriorityGap(item(2, 3), [{ priority: 'high', accepted: 'pending' }])).toBe(true)
    expect(isHighPriorityGap(item(2, 3), [{ priority: 'high', accepted: 'no' }])).toBe(false)
    expect(isHighPriorityGap(item(1, 5, true), [{ priority: 'high', accepted: 'yes' }])).toBe(false)
  })
})
