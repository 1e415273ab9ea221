import type { FieldProblem, AssessmentScale } from '../../../shared/contract'
import { AppFailure } from '../errors'

/** Throws one validation failure listing every problem, or returns when there is none. */
export function assertNoProblems(problems: FieldProblem[]): void {
  if (problems.length === 0) return
  const first = problems[0]!.message
  const message = problems.length > 1 ? `${first} (and ${problems.length - 1} more)` : first
  throw new AppFailure('validation', message, problems)
}

/** The end date must not come before the start date. */
export function dateProblems(startDate: string | null, endDate: string | null): FieldProblem[] {
  if (startDate === null || endDate === null || endDate >= startDate) return []
  return [
    {
      path: 'endDate',
      code: 'invalid',
      message: `End date (${endDate}) is before the start date (${startDate}).`,
      params: { field: 'End date', rule: 'end_before_start', startDate, endDate },
    },
  ]
}

/** Levels must exist on the scale, and a target may not sit below the current level. */
export function levelProblems(
  scale: AssessmentScale,
  currentLevel: number | null,
  targetLevel: number | null,
): FieldProblem[] {
  const out: FieldProblem[] = []
  const check = (path: 'currentLevel' | 'targetLevel', field: string, value: number | null) => {
    if (value === null) return
    const params = { field, min: scale.min, max: scale.max }
    if (value < scale.min) {
      out.push({
        path,
        code: 'too_small',
        message: `${field} must be ${scale.min} or more on this framework's scale (${scale.min}–${scale.max}).`,
        params,
      })
    } else if (value > scale.max) {
      out.push({
        path,
        code: 'too_big',
        message: `${field} must be ${scale.max} or less on this framework's scale (${scale.min}–${scale.max}).`,
        params,
      })
    } else if (!scale.levels.some((l) => l.level === value)) {
      out.push({
        path,
        code: 'invalid',
        message: `${field} ${value} is not a level of this framework's scale.`,
        params: { ...params, rule: 'not_on_scale' },
      })
    }
  }
  check('currentLevel', 'Current level', currentLevel)
  check('targetLevel', 'Target level', targetLevel)
  if (
    out.length === 0 &&
    currentLevel !== null &&
    targetLevel !== null &&
    targetLevel < currentLevel
  ) {
    out.push({
      path: 'targetLevel',
      code: 'invalid',
      message: `Target level (${targetLevel}) is below the current level (${currentLevel}). Set a target at or above the current level.`,
      params: { field: 'Target level', rule: 'target_below_current', currentLevel, targetLevel },
    })
  }
  return out
}

/** The conflict raised when someone else saved first. */
export const staleVersion = (what: string): AppFailure =>
  new AppFailure(
    'conflict',
    `Someone changed this ${what} after you opened it. Reload to see their version, then make your change again.`,
  )
