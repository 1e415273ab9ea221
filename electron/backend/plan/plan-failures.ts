import type { ErrorCode, FieldProblem } from '../../../shared/contract'
import { planLabels } from '../../../shared/contract/plan'
import type { DateProblem } from '../../../shared/domain/plan-dates'
import { AppFailure } from '../errors'
import { describeDependants, type Dependants } from './plan-references'

/**
 * A refusal by a plan rule. The English message is for the CLI and the log; `params.rule` and the
 * other params let the interface say the same thing in the user's language.
 */
export function ruleFailure(
  code: ErrorCode,
  rule: string,
  message: string,
  params: Record<string, string | number> = {},
  path = '',
): AppFailure {
  return new AppFailure(code, message, [
    { path, code: 'invalid', message, params: { rule, ...params } },
  ])
}

const labelOf = (path: string): string => {
  const parts = path.split('.')
  if (parts[0] === 'milestones' && parts.length === 3) {
    const leaf = parts[2] === 'dueDate' ? 'Due date' : 'Achieved date'
    return `${leaf} of milestone ${Number(parts[1]) + 1}`
  }
  return planLabels[path] ?? path
}

function sentence(p: DateProblem): string {
  const field = labelOf(p.field)
  switch (p.rule) {
    case 'period_incomplete':
      return 'Give both the start and the end of the plan period, or leave both empty.'
    case 'period_end_not_after_start':
      return `The plan period must end after it starts (${p.params.start}).`
    case 'end_before_start':
      return `${field} must be on or after ${labelOf(p.params.startField ?? '').toLowerCase()} (${p.params.start}).`
    case 'outside_period':
      return `${field} must fall within the plan period, ${p.params.start} to ${p.params.end}.`
    case 'end_without_start':
      return `${field} needs an actual start: an activity cannot finish before it has started.`
    case 'after_today':
      return `${field} cannot be later than today (${p.params.today}): it records what has happened.`
  }
}

/** Turns date problems into one validation failure naming every field. */
export function dateFailure(problems: readonly DateProblem[]): AppFailure {
  const details: FieldProblem[] = problems.map((p) => ({
    path: p.field,
    code: 'invalid',
    message: sentence(p),
    params: { field: labelOf(p.field), rule: p.rule, ...p.params },
  }))
  const first = details[0]?.message ?? 'Some dates are not valid.'
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : ''
  return new AppFailure('validation', `${first}${more}`, details)
}

/** What the interface calls an item in a refusal: its kind and number or code. */
export interface ItemRef {
  kind: 'objective' | 'outcome' | 'output' | 'activity' | 'project'
  label: string
}

const KIND_WORD: Record<ItemRef['kind'], string> = {
  objective: 'Objective',
  outcome: 'Outcome',
  output: 'Output',
  activity: 'Activity',
  project: 'Project',
}

/** Refuses a delete while records still hang on the item, saying what to move first. */
export function dependantsFailure(
  item: ItemRef,
  dependants: Dependants,
  /** The activities waiting on this one, by number and title, when there are any. */
  names = '',
): AppFailure {
  const list = describeDependants(dependants)
  const counts = Object.fromEntries(Object.entries(dependants).map(([k, n]) => [`n_${k}`, n ?? 0]))
  const waiting = names ? ` Waiting on it: ${names}.` : ''
  return ruleFailure(
    'conflict',
    'has_dependants',
    `${KIND_WORD[item.kind]} ${item.label} cannot be deleted: it still has ${list}. Move or delete them first.${waiting}`,
    { kind: item.kind, label: item.label, names, ...counts },
  )
}

/** Refuses a change made on a stale copy. */
export function staleFailure(what: string): AppFailure {
  return new AppFailure(
    'conflict',
    `Someone changed this ${what} after you opened it. Reload to see their version, then edit again.`,
  )
}
