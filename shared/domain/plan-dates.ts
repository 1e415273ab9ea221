/** A period with both ends known, written YYYY-MM-DD. */
export interface Period {
  start: string
  end: string
}

/** Why a date was refused; the backend words it, the interface translates it by `rule`. */
export type DateRule =
  | 'period_incomplete'
  | 'period_end_not_after_start'
  | 'end_before_start'
  | 'outside_period'
  | 'end_without_start'
  | 'after_today'

/** One refused date: the field it concerns, the rule, and the dates the message quotes. */
export interface DateProblem {
  field: string
  rule: DateRule
  params: Record<string, string>
}

/** The plan period when both ends are set, else null (no period to respect). */
export function periodOf(start: string | null, end: string | null): Period | null {
  return start && end ? { start, end } : null
}

/** Plan period: both ends or neither, and the end strictly after the start. */
export function planPeriodProblems(start: string | null, end: string | null): DateProblem[] {
  if ((start === null) !== (end === null)) {
    return [
      {
        field: start === null ? 'periodStart' : 'periodEnd',
        rule: 'period_incomplete',
        params: {},
      },
    ]
  }
  if (start !== null && end !== null && end <= start) {
    return [{ field: 'periodEnd', rule: 'period_end_not_after_start', params: { start } }]
  }
  return []
}

/** True when `date` lies inside the period, both ends included. ISO dates compare as text. */
export const withinPeriod = (date: string, period: Period): boolean =>
  date >= period.start && date <= period.end

function outside(field: string, date: string | null, period: Period | null): DateProblem[] {
  if (!date || !period || withinPeriod(date, period)) return []
  return [{ field, rule: 'outside_period', params: { start: period.start, end: period.end } }]
}

function ordered(
  startField: string,
  start: string | null,
  endField: string,
  end: string | null,
): DateProblem[] {
  if (!start || !end || end >= start) return []
  return [{ field: endField, rule: 'end_before_start', params: { startField, start } }]
}

/** The dates of an activity as its form sends them. */
export interface ActivityDates {
  plannedStart: string
  plannedEnd: string
  actualStart: string | null
  actualEnd: string | null
  milestones?: readonly { dueDate: string; achievedDate: string | null }[]
}

/**
 * Every problem with an activity's dates: planned and actual ends not before their starts,
 * planned dates and milestones inside the plan period (when the plan has one), an actual end only
 * after an actual start, and nothing recorded as actually happened after `today`.
 */
export function activityDateProblems(
  a: ActivityDates,
  period: Period | null,
  today: string,
): DateProblem[] {
  const problems = [
    ...ordered('plannedStart', a.plannedStart, 'plannedEnd', a.plannedEnd),
    ...outside('plannedStart', a.plannedStart, period),
    ...outside('plannedEnd', a.plannedEnd, period),
    ...ordered('actualStart', a.actualStart, 'actualEnd', a.actualEnd),
  ]
  if (a.actualEnd && !a.actualStart) {
    problems.push({ field: 'actualEnd', rule: 'end_without_start', params: {} })
  }
  for (const field of ['actualStart', 'actualEnd'] as const) {
    const date = a[field]
    if (date && date > today) problems.push({ field, rule: 'after_today', params: { today } })
  }
  ;(a.milestones ?? []).forEach((m, i) => {
    problems.push(...outside(`milestones.${i}.dueDate`, m.dueDate, period))
    if (m.achievedDate && m.achievedDate > today) {
      problems.push({
        field: `milestones.${i}.achievedDate`,
        rule: 'after_today',
        params: { today },
      })
    }
  })
  return problems
}

/** Problems with a project's optional planned dates. */
export function projectDateProblems(
  p: { plannedStart: string | null; plannedEnd: string | null },
  period: Period | null,
): DateProblem[] {
  return [
    ...ordered('plannedStart', p.plannedStart, 'plannedEnd', p.plannedEnd),
    ...outside('plannedStart', p.plannedStart, period),
    ...outside('plannedEnd', p.plannedEnd, period),
  ]
}
