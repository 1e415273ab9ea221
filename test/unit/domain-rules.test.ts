import { describe, expect, it } from 'vitest'
import { byCoverageUrgency, coverageStatus } from '../../shared/domain/coverage'
import { cycleIfAdded } from '../../shared/domain/dependencies'
import {
  gapByArea,
  largestGaps,
  summariseGap,
  type ScoredItem,
} from '../../shared/domain/maturity-gap'
import { dottedNumbers } from '../../shared/domain/numbering'
import { plannedValue, ragStatus } from '../../shared/domain/rag'

describe('maturity gap aggregation', () => {
  const items: ScoredItem[] = [
    { itemId: 1, areaId: 10, current: 1, target: 4, notApplicable: false },
    { itemId: 2, areaId: 10, current: 3, target: 4, notApplicable: false, weight: 3 },
    { itemId: 3, areaId: 20, current: 2, target: 2, notApplicable: false },
    { itemId: 4, areaId: 20, current: null, target: 5, notApplicable: false },
    { itemId: 5, areaId: 20, current: 1, target: 5, notApplicable: true },
  ]

  it('weights scored items and leaves out unscored and not-applicable ones', () => {
    expect(summariseGap(items.filter((i) => i.areaId === 10))).toEqual({
      current: 2.5,
      target: 4,
      gap: 1.5,
      scored: 2,
      applicable: 2,
    })
    const area20 = gapByArea(items, [10, 20]).get(20)!
    expect(area20).toEqual({ current: 2, target: 2, gap: 0, scored: 1, applicable: 2 })
    expect(summariseGap(items)).toEqual({
      current: 2.4,
      target: 3.6,
      gap: 1.2,
      scored: 3,
      applicable: 4,
    })
  })

  it('has no averages when nothing is scored', () => {
    expect(
      summariseGap([{ itemId: 1, areaId: 1, current: null, target: null, notApplicable: false }]),
    ).toEqual({
      current: null,
      target: null,
      gap: null,
      scored: 0,
      applicable: 1,
    })
  })

  it('ranks the largest gaps first and ignores closed ones', () => {
    expect(largestGaps(items).map((i) => [i.itemId, i.gap])).toEqual([
      [1, 3],
      [2, 1],
    ])
  })
})

describe('dotted numbering', () => {
  const tree = [
    { id: 'o1', parentId: null, position: 1 },
    { id: 'o2', parentId: null, position: 2 },
    { id: 'r1', parentId: 'o1', position: 1 },
    { id: 'r2', parentId: 'o1', position: 2 },
    { id: 'p1', parentId: 'r2', position: 1 },
  ]

  it('numbers siblings by position, levels by dots', () => {
    const n = dottedNumbers(tree)
    expect([...n.entries()].sort()).toEqual([
      ['o1', '1'],
      ['o2', '2'],
      ['p1', '1.2.1'],
      ['r1', '1.1'],
      ['r2', '1.2'],
    ])
  })

  it('follows a move: the moved node and its children are renumbered', () => {
    const moved = tree.map((n) => (n.id === 'r2' ? { ...n, parentId: 'o2', position: 1 } : n))
    const n = dottedNumbers(moved)
    expect(n.get('r2')).toBe('2.1')
    expect(n.get('p1')).toBe('2.1.1')
    expect(n.get('r1')).toBe('1.1')
  })
})

describe('dependency cycles', () => {
  const links = [
    { activityId: 2, dependsOnId: 1 },
    { activityId: 3, dependsOnId: 2 },
  ]
  it('allows a link that closes no cycle', () => {
    expect(cycleIfAdded(links, { activityId: 4, dependsOnId: 3 })).toBeNull()
    expect(cycleIfAdded(links, { activityId: 3, dependsOnId: 1 })).toBeNull()
  })
  it('names the cycle a link would close', () => {
    expect(cycleIfAdded(links, { activityId: 1, dependsOnId: 3 })).toEqual([1, 3, 2, 1])
    expect(cycleIfAdded(links, { activityId: 5, dependsOnId: 5 })).toEqual([5, 5])
  })
})

describe('RAG status', () => {
  it('interpolates the planned value between baseline, milestones and target', () => {
    const path = [
      { date: '2026-01-01', value: 10 },
      { date: '2026-12-31', value: 20 },
      { date: '2027-12-31', value: 40 },
    ]
    expect(plannedValue(path, '2025-06-30')).toBe(10)
    expect(plannedValue(path, '2026-12-31')).toBe(20)
    expect(plannedValue(path, '2027-07-01')).toBeCloseTo(30, 0)
    expect(plannedValue(path, '2030-01-01')).toBe(40)
    expect(plannedValue([], '2026-01-01')).toBeNull()
  })

  it('higher is better: green at or above plan, amber from 80 % of planned progress, red below', () => {
    const base = { planned: 20, baseline: 10, direction: 'higher_is_better' as const }
    expect(ragStatus({ ...base, actual: 21 })).toBe('green')
    expect(ragStatus({ ...base, actual: 20 })).toBe('green')
    expect(ragStatus({ ...base, actual: 18 })).toBe('amber')
    expect(ragStatus({ ...base, actual: 17.9 })).toBe('red')
  })

  it('lower is better: the same rules, mirrored', () => {
    const base = { planned: 24, baseline: 48, direction: 'lower_is_better' as const }
    expect(ragStatus({ ...base, actual: 20 })).toBe('green')
    expect(ragStatus({ ...base, actual: 28 })).toBe('amber')
    expect(ragStatus({ ...base, actual: 40 })).toBe('red')
  })

  it('without a baseline compares with the planned value itself; missing data is grey', () => {
    expect(ragStatus({ actual: 85, planned: 100, direction: 'higher_is_better' })).toBe('amber')
    expect(ragStatus({ actual: 70, planned: 100, direction: 'higher_is_better' })).toBe('red')
    expect(ragStatus({ actual: null, planned: 100, direction: 'higher_is_better' })).toBe('grey')
    expect(ragStatus({ actual: 5, planned: null, direction: 'lower_is_better' })).toBe('grey')
  })
})

describe('coverage', () => {
  it('is addressed when linked, deferred with a reason, otherwise not covered', () => {
    expect(coverageStatus({ links: 2, deferredReason: 'later' })).toBe('addressed')
    expect(coverageStatus({ links: 0, deferredReason: 'Needs the new customs law first' })).toBe(
      'deferred',
    )
    expect(coverageStatus({ links: 0, deferredReason: '  ' })).toBe('not_covered')
    const sorted = [
      { status: 'addressed' as const },
      { status: 'not_covered' as const },
      { status: 'deferred' as const },
    ].sort(byCoverageUrgency)
    expect(sorted.map((s) => s.status)).toEqual(['not_covered', 'deferred', 'addressed'])
  })
})
