import { describe, expect, it } from 'vitest'
import { planDateProblems } from '../../shared/contract/indicators'
import {
  assessActual,
  needsExplanation,
  offTrack,
  planPath,
  trendOf,
  type IndicatorPlan,
} from '../../shared/domain/indicator-status'
import {
  lastEndedPeriod,
  nextPeriod,
  parsePeriod,
  periodOf,
  periodsBetween,
  previousPeriod,
} from '../../shared/domain/periods'

describe('reporting periods', () => {
  it('gives the first and last day of months, quarters and years', () => {
    expect(parsePeriod('2026-02', 'monthly')).toEqual({
      period: '2026-02',
      start: '2026-02-01',
      end: '2026-02-28',
    })
    expect(parsePeriod('2028-02', 'monthly')?.end).toBe('2028-02-29')
    expect(parsePeriod('2026-Q1', 'quarterly')).toEqual({
      period: '2026-Q1',
      start: '2026-01-01',
      end: '2026-03-31',
    })
    expect(parsePeriod('2026-Q4', 'quarterly')?.start).toBe('2026-10-01')
    expect(parsePeriod('2025', 'yearly')).toEqual({
      period: '2025',
      start: '2025-01-01',
      end: '2025-12-31',
    })
  })

  it('refuses a period written for another frequency or not a period at all', () => {
    expect(parsePeriod('2026-Q1', 'monthly')).toBeNull()
    expect(parsePeriod('2026-03', 'quarterly')).toBeNull()
    expect(parsePeriod('2026', 'monthly')).toBeNull()
    expect(parsePeriod('2026-03', 'yearly')).toBeNull()
    expect(parsePeriod('2026-13', 'monthly')).toBeNull()
    expect(parsePeriod('2026-Q5', 'quarterly')).toBeNull()
    expect(parsePeriod('2026-3', 'monthly')).toBeNull()
    expect(parsePeriod('26', 'yearly')).toBeNull()
  })

  it('finds the period of a date and walks periods forwards and backwards', () => {
    expect(periodOf('2026-11-27', 'monthly')).toBe('2026-11')
    expect(periodOf('2026-11-27', 'quarterly')).toBe('2026-Q4')
    expect(periodOf('2026-11-27', 'yearly')).toBe('2026')
    expect(nextPeriod('2026-12', 'monthly')).toBe('2027-01')
    expect(nextPeriod('2026-Q4', 'quarterly')).toBe('2027-Q1')
    expect(previousPeriod('2026-01', 'monthly')).toBe('2025-12')
    expect(previousPeriod('2026-Q1', 'quarterly')).toBe('2025-Q4')
    expect(previousPeriod('2026', 'yearly')).toBe('2025')
  })

  it('lists every period between two dates, both ends included', () => {
    expect(periodsBetween('2024-12-15', '2025-03-01', 'monthly')).toEqual([
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
    ])
    expect(periodsBetween('2025-01-01', '2026-09-30', 'quarterly')).toHaveLength(7)
    expect(periodsBetween('2024-06-30', '2025-12-31', 'yearly')).toEqual(['2024', '2025'])
    expect(periodsBetween('2026-01-01', '2025-01-01', 'yearly')).toEqual([])
  })

  it('knows the latest period that is over', () => {
    expect(lastEndedPeriod('2026-11-27', 'monthly')).toBe('2026-10')
    expect(lastEndedPeriod('2026-11-30', 'monthly')).toBe('2026-11')
    expect(lastEndedPeriod('2026-11-27', 'quarterly')).toBe('2026-Q3')
    expect(lastEndedPeriod('2026-11-27', 'yearly')).toBe('2025')
  })
})

describe('judging an actual against the planned path', () => {
  const release: IndicatorPlan = {
    direction: 'lower_is_better',
    frequency: 'quarterly',
    baselineValue: 96,
    baselineDate: '2024-06-30',
    targetValue: 48,
    targetDate: '2029-06-30',
    milestones: [{ date: '2026-06-30', value: 72 }],
  }

  it('compares with the value planned for the last day of the period', () => {
    // 2026-Q2 ends on the milestone's date: the plan is exactly 72 hours.
    expect(assessActual(release, '2026-Q2', 72)).toEqual({
      periodEnd: '2026-06-30',
      planned: 72,
      rag: 'green',
    })
    // 80 % of the planned 24-hour reduction is 19.2 hours: 76.8 is amber, 77 is red.
    expect(assessActual(release, '2026-Q2', 76.8)?.rag).toBe('amber')
    expect(assessActual(release, '2026-Q2', 77)?.rag).toBe('red')
    expect(assessActual(release, '2026-03', 70)).toBeNull()
  })

  it('gives the results of the worked example in docs/indicators.md', () => {
    const example: IndicatorPlan = {
      ...release,
      milestones: [{ date: '2026-06-30', value: 72 }],
    }
    expect(assessActual(example, '2026-Q3', 69)?.planned).toBeCloseTo(69.99, 2)
    expect(assessActual(example, '2026-Q3', 69)?.rag).toBe('green')
    expect(assessActual(example, '2026-Q3', 75)?.rag).toBe('amber')
    expect(assessActual(example, '2026-Q3', 85)?.rag).toBe('red')
  })

  it('mirrors the rule when higher is better, and greys out a missing value', () => {
    const edecl: IndicatorPlan = {
      ...release,
      direction: 'higher_is_better',
      frequency: 'yearly',
      baselineValue: 60,
      baselineDate: '2024-12-31',
      targetValue: 100,
      targetDate: '2028-12-31',
      milestones: [],
    }
    expect(assessActual(edecl, '2025', 70)?.rag).toBe('green')
    expect(assessActual(edecl, '2025', 68)?.rag).toBe('amber')
    expect(assessActual(edecl, '2025', 67.9)?.rag).toBe('red')
    expect(assessActual(edecl, '2025', null)?.rag).toBe('grey')
  })

  it('puts the path in date order and asks for an explanation only when red', () => {
    expect(planPath(release).map((p) => p.value)).toEqual([96, 72, 48])
    expect(needsExplanation('red')).toBe(true)
    expect(needsExplanation('amber')).toBe(false)
    expect(needsExplanation('grey')).toBe(false)
  })

  it('tells whether the latest movement is an improvement for the direction', () => {
    expect(trendOf(80, 70, 'higher_is_better')).toEqual({ movement: 'up', improving: true })
    expect(trendOf(80, 70, 'lower_is_better')).toEqual({ movement: 'up', improving: false })
    expect(trendOf(60, 70, 'lower_is_better')).toEqual({ movement: 'down', improving: true })
    expect(trendOf(70, 70, 'higher_is_better')).toEqual({ movement: 'flat', improving: null })
    expect(trendOf(70, null, 'higher_is_better')).toBeNull()
  })
})

describe('order of baseline, milestones and target', () => {
  it('accepts a path in order', () => {
    expect(
      planDateProblems({
        baselineDate: '2024-06-30',
        targetDate: '2029-06-30',
        milestones: [{ date: '2026-06-30', value: 1 }],
      }),
    ).toEqual([])
  })

  it('names the target date and each misplaced or repeated milestone', () => {
    const problems = planDateProblems({
      baselineDate: '2026-01-01',
      targetDate: '2025-01-01',
      milestones: [{ date: '2027-01-01' }, { date: '2026-06-30' }, { date: '2026-06-30' }],
    })
    expect(problems.map((p) => [p.path.join('.'), p.rule])).toEqual([
      ['targetDate', 'target_after_baseline'],
      ['milestones.0.date', 'milestone_between'],
      ['milestones.1.date', 'milestone_between'],
      ['milestones.2.date', 'milestone_duplicate'],
      ['milestones.2.date', 'milestone_between'],
    ])
  })

  it('leaves dates that are not real dates to their own check', () => {
    expect(planDateProblems({ baselineDate: '2026-02-30', targetDate: '2025-01-01' })).toEqual([])
  })
})

describe('off-track list', () => {
  it('keeps red and amber indicators, red first, codes in natural order', () => {
    const list = [
      { code: 'I10', status: 'red' as const },
      { code: 'I2', status: 'amber' as const },
      { code: 'I3', status: 'green' as const },
      { code: 'I4', status: 'grey' as const },
      { code: 'I9', status: 'red' as const },
    ]
    expect(offTrack(list).map((i) => i.code)).toEqual(['I9', 'I10', 'I2'])
  })
})
