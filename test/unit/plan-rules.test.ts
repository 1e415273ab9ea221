import { describe, expect, it } from 'vitest'
import {
  activityDateProblems,
  planPeriodProblems,
  projectDateProblems,
} from '../../shared/domain/plan-dates'
import { planNumbers } from '../../shared/domain/plan-numbering'
import { brokenLinks, isLate } from '../../shared/domain/schedule'
import {
  addDays,
  daysBetween,
  timelineRange,
  timelineTicks,
  xOf,
} from '../../shared/domain/timeline-scale'

const period = { start: '2026-07-01', end: '2029-06-30' }
const dates = {
  plannedStart: '2027-01-01',
  plannedEnd: '2027-03-31',
  actualStart: null,
  actualEnd: null,
}

describe('plan dates', () => {
  it('needs both ends of the plan period and an end after the start', () => {
    expect(planPeriodProblems(null, null)).toEqual([])
    expect(planPeriodProblems('2026-07-01', null)[0]).toMatchObject({
      field: 'periodEnd',
      rule: 'period_incomplete',
    })
    expect(planPeriodProblems('2026-07-01', '2026-07-01')[0]?.rule).toBe(
      'period_end_not_after_start',
    )
    expect(planPeriodProblems('2026-07-01', '2026-07-02')).toEqual([])
  })

  it('accepts a one-day activity and refuses an end before the start', () => {
    const oneDay = { ...dates, plannedEnd: '2027-01-01' }
    expect(activityDateProblems(oneDay, period, '2026-11-27')).toEqual([])
    expect(
      activityDateProblems({ ...dates, plannedEnd: '2026-12-31' }, period, '2026-11-27'),
    ).toEqual([
      {
        field: 'plannedEnd',
        rule: 'end_before_start',
        params: { startField: 'plannedStart', start: '2027-01-01' },
      },
    ])
  })

  it('keeps planned dates and milestones inside the period, both ends included', () => {
    const edges = { ...dates, plannedStart: '2026-07-01', plannedEnd: '2029-06-30' }
    expect(activityDateProblems(edges, period, '2026-11-27')).toEqual([])
    const out = activityDateProblems(
      {
        ...edges,
        plannedEnd: '2029-07-01',
        milestones: [{ dueDate: '2026-06-30', achievedDate: null }],
      },
      period,
      '2026-11-27',
    )
    expect(out.map((p) => `${p.field} ${p.rule}`)).toEqual([
      'plannedEnd outside_period',
      'milestones.0.dueDate outside_period',
    ])
    // No period: anything goes.
    expect(
      activityDateProblems({ ...edges, plannedEnd: '2040-01-01' }, null, '2026-11-27'),
    ).toEqual([])
  })

  it('refuses actual dates in the future and an actual end without a start', () => {
    const out = activityDateProblems(
      { ...dates, actualStart: null, actualEnd: '2026-11-28' },
      period,
      '2026-11-27',
    )
    expect(out.map((p) => `${p.field} ${p.rule}`)).toEqual([
      'actualEnd end_without_start',
      'actualEnd after_today',
    ])
  })

  it('checks optional project dates only when given', () => {
    expect(projectDateProblems({ plannedStart: null, plannedEnd: null }, period)).toEqual([])
    expect(
      projectDateProblems({ plannedStart: '2030-01-01', plannedEnd: null }, period)[0]?.rule,
    ).toBe('outside_period')
  })
})

describe('schedule', () => {
  const a = {
    id: 1,
    plannedStart: '2026-09-01',
    plannedEnd: '2026-11-15',
    status: 'in_progress' as const,
  }
  it('calls an activity late after its planned end, or when it has not started on time', () => {
    expect(isLate(a, '2026-11-15')).toBe(false)
    expect(isLate(a, '2026-11-16')).toBe(true)
    expect(isLate({ ...a, status: 'completed' }, '2027-01-01')).toBe(false)
    expect(isLate({ ...a, status: 'not_started' }, '2026-09-02')).toBe(true)
    expect(isLate({ ...a, status: 'not_started' }, '2026-09-01')).toBe(false)
  })

  it('flags finish-to-start links the dates break', () => {
    const b = { ...a, id: 2, plannedStart: '2026-11-15', plannedEnd: '2027-01-31' }
    expect(brokenLinks([a, b], [{ activityId: 2, dependsOnId: 1 }])).toHaveLength(1)
    const c = { ...b, plannedStart: '2026-11-16' }
    expect(brokenLinks([a, c], [{ activityId: 2, dependsOnId: 1 }])).toEqual([])
  })
})

describe('plan numbering', () => {
  it('numbers the four levels and follows positions, not ids', () => {
    const n = planNumbers({
      objectives: [
        { id: 7, position: 2 },
        { id: 3, position: 1 },
      ],
      results: [
        { id: 10, objectiveId: 7, parentId: null, position: 5 },
        { id: 11, objectiveId: 7, parentId: null, position: 1 },
        { id: 12, objectiveId: 7, parentId: 10, position: 1 },
      ],
      activities: [
        { id: 20, outputId: 12, position: 2 },
        { id: 21, outputId: 12, position: 1 },
      ],
    })
    expect(n.objective.get(7)).toBe('2')
    expect(n.result.get(11)).toBe('2.1')
    expect(n.result.get(10)).toBe('2.2')
    expect(n.result.get(12)).toBe('2.2.1')
    expect(n.activity.get(21)).toBe('2.2.1.1')
    expect(n.activity.get(20)).toBe('2.2.1.2')
  })
})

describe('timeline scale', () => {
  it('does date arithmetic in whole days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(daysBetween('2026-07-01', '2027-07-01')).toBe(365)
  })

  it('spans whole months or quarters around the dates', () => {
    expect(timelineRange(['2026-08-15', '2026-07-20'], 'month')).toEqual({
      start: '2026-07-01',
      end: '2026-09-01',
    })
    expect(timelineRange(['2026-08-15', '2027-01-02'], 'quarter')).toEqual({
      start: '2026-07-01',
      end: '2027-04-01',
    })
    expect(timelineRange([], 'month')).toBeNull()
  })

  it('labels each column with its year and month or quarter', () => {
    const q = timelineTicks({ start: '2026-07-01', end: '2027-04-01' }, 'quarter')
    expect(q.map((t) => `${t.year} Q${t.index}`)).toEqual(['2026 Q3', '2026 Q4', '2027 Q1'])
    const m = timelineTicks({ start: '2026-11-01', end: '2027-02-01' }, 'month')
    expect(m.map((t) => `${t.year}-${t.index}`)).toEqual(['2026-11', '2026-12', '2027-1'])
    expect(xOf('2026-07-11', '2026-07-01', 'month')).toBe(40)
  })
})
