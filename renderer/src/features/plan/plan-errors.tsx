import type { TFunction } from 'i18next'
import type { AppError, FieldProblem } from '../../../../shared/contract'
import { i18next } from '../../lib/i18n'
import { errorText, problemText, type LabelFor } from '../../lib/problems'
import { joinList } from './plan-format'
import { formatDate } from '../../lib/format'

const DATE_PARAMS = ['start', 'end', 'today']
const DEPENDANT_KINDS = [
  'outcomes',
  'outputs',
  'activities',
  'dependants',
  'indicators',
  'risks',
  'links',
  'other',
]

/** The values a rule message interpolates, with dates and counts put into words. */
function ruleValues(
  t: TFunction,
  params: Record<string, string | number>,
  field: string,
): Record<string, string | number> {
  const language = i18next.language
  const values: Record<string, string | number> = { ...params, field }
  for (const key of DATE_PARAMS) {
    if (typeof params[key] === 'string') values[key] = formatDate(String(params[key]), language)
  }
  if (typeof params.startField === 'string') {
    values.startField = t(`plan.fields.${params.startField}`).toLowerCase()
  }
  if (typeof params.kind === 'string') values.kind = t(`plan.levelWords.${params.kind}`)
  const parts = DEPENDANT_KINDS.filter((k) => Number(params[`n_${k}`] ?? 0) > 0).map((k) =>
    t(`plan.dependants.${k}`, { count: Number(params[`n_${k}`]) }),
  )
  values.list = joinList(parts, language)
  return values
}

/**
 * One problem in the reader's language. Plan rules carry `params.rule` so the interface can say
 * what the service said (a loop, a date outside the period) in words of its own.
 */
export function planProblemText(t: TFunction, problem: FieldProblem, labelFor: LabelFor): string {
  const rule = problem.params?.rule
  if (typeof rule === 'string') {
    const key = `plan.rules.${rule}`
    if (i18next.exists(key)) {
      const field = labelFor(problem.path) ?? String(problem.params?.field ?? '')
      const text = t(key, ruleValues(t, problem.params ?? {}, field))
      // An activity others wait on: name them, so the user knows which links to change.
      const names = problem.params?.names
      return names ? `${text} ${t('plan.rules.waiting_on_it', { names })}` : text
    }
  }
  return problemText(t, problem, labelFor)
}

/** The sentence for a whole failure: a rule refusal in its own words, else by error code. */
export function planErrorText(t: TFunction, error: AppError): string {
  const first = error.details?.[0]
  if (first && !first.path && typeof first.params?.rule === 'string') {
    return planProblemText(t, first, () => undefined)
  }
  return errorText(t, error)
}

/** A form's label lookup: the plan's field names, then the milestone sub-fields. */
export function planLabelFor(t: TFunction): LabelFor {
  return (path) => {
    const parts = path.split('.')
    if (parts[0] === 'milestones' && parts.length === 3) {
      return t(`plan.activity.milestoneFieldOf.${parts[2]}`, { n: Number(parts[1]) + 1 })
    }
    const key = `plan.fields.${path}`
    return i18next.exists(key) ? t(key) : undefined
  }
}

/** A refusal shown in a dialog or above a list, announced at once. */
export function PlanErrorNotice({ t, error }: { t: TFunction; error: AppError | null }) {
  if (!error) return null
  return (
    <div className="notice notice-error" role="alert">
      <p>{planErrorText(t, error)}</p>
    </div>
  )
}
