import { describe, expect, it } from 'vitest'
import { compareByFactor, latestValue } from '../../shared/domain/integrity-compare'
import {
  factorProgress,
  isOverdue,
  isoDay,
  progressByFactor,
  type ProgressAction,
} from '../../shared/domain/integrity-progress'

const TODAY = '2026-11-27'

describe('overdue integrity actions', () => {
  it('flags open actions due before today, not those due today or finished', () => {
    expect(isOverdue({ status: 'planned', dueDate: '2026-11-26' }, TODAY)).toBe(true)
    expect(isOverdue({ status: 'in_progress', dueDate: '2025-01-01' }, TODAY)).toBe(true)
    expect(isOverdue({ status: 'planned', dueDate: TODAY }, TODAY)).toBe(false)
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, TODAY)).toBe(false)
    expect(isOverdue({ status: 'cancelled', dueDate: '2026-01-01' }, TODAY)).toBe(false)
  })

  it('takes today from the UTC date of the context clock', () => {
    expect(isoDay('2026-11-27T23:59:59.000Z')).toBe('2026-11-27')
  })
})

describe('integrity action-plan progress per factor', () => {
  const a = (status: ProgressAction['status'], dueDate = '2027-01-01'): ProgressAction => ({
    status,
    dueDate,
  })

  it('is the share of done actions, cancelled ones left out, rounded down', () => {
    const p = factorProgress(
      [a('done'), a('done'), a('in_progress', '2026-10-01'), a('cancelled'), a('cancelled')],
      TODAY,
    )
    expect(p).toEqual({
      total: 3,
      done: 2,
      inProgress: 1,
      planned: 0,
      cancelled: 2,
      overdue: 1,
      percent: 66,
    })
  })

  it('shows 100 % only when every counted action is done', () => {
    expect(factorProgress([a('done'), a('cancelled')], TODAY).percent).toBe(100)
    const nearly = [...Array.from({ length: 199 }, () => a('done')), a('planned')]
    expect(factorProgress(nearly, TODAY).percent).toBe(99)
  })

  it('has no percentage when a factor has no counted action', () => {
    expect(factorProgress([], TODAY)).toMatchObject({ total: 0, percent: null })
    expect(factorProgress([a('cancelled')], TODAY)).toMatchObject({
      total: 0,
      cancelled: 1,
      percent: null,
    })
  })

  it('groups by factor, keeping factors without actions', () => {
    const byFactor = progressByFactor(
      [
        { ...a('done'), factorItemId: 1 },
        { ...a('planned', '2026-01-01'), factorItemId: 2 },
      ],
      [1, 2, 3],
      TODAY,
    )
    expect([...byFactor.keys()]).toEqual([1, 2, 3])
    expect(byFactor.get(1)?.percent).toBe(100)
    expect(byFactor.get(2)).toMatchObject({ percent: 0, overdue: 1 })
    expect(byFactor.get(3)?.percent).toBeNull()
  })
})

describe('comparing assessments and survey waves per factor', () => {
  it('reports up, down, same and not comparable, never treating a gap as zero', () => {
    const before = new Map<number, number | null>([
      [1, 1],
      [2, 3],
      [3, 2],
      [4, null],
    ])
    const after = new Map<number, number | null>([
      [1, 3],
      [2, 2.6],
      [3, 2],
      [4, 4],
    ])
    expect(compareByFactor(before, after, [1, 2, 3, 4, 5])).toEqual([
      { factorItemId: 1, before: 1, after: 3, change: 2, direction: 'up' },
      { factorItemId: 2, before: 3, after: 2.6, change: -0.4, direction: 'down' },
      { factorItemId: 3, before: 2, after: 2, change: 0, direction: 'same' },
      { factorItemId: 4, before: null, after: 4, change: null, direction: 'not_comparable' },
      { factorItemId: 5, before: null, after: null, change: null, direction: 'not_comparable' },
    ])
  })

  it('finds the latest value of a factor and the one before, skipping records that left it out', () => {
    const records = [
      { id: 1, date: '2023-05-01', values: new Map([[7, 40]]) },
      { id: 3, date: '2025-05-01', values: new Map([[7, null]]) },
      { id: 2, date: '2024-05-01', values: new Map([[7, 55]]) },
    ]
    expect(latestValue(records, 7)).toEqual({
      recordId: 2,
      date: '2024-05-01',
      value: 55,
      previous: 40,
    })
    expect(latestValue(records, 8)).toBeNull()
    // Same date: the record entered last wins.
    const sameDay = [...records, { id: 4, date: '2024-05-01', values: new Map([[7, 60]]) }]
    expect(latestValue(sameDay, 7)).toMatchObject({ recordId: 4, value: 60, previous: 55 })
  })
})
