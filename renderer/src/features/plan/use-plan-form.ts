import { useTranslation } from 'react-i18next'
import { useFieldValues } from '../../components/form/use-field-values'
import { problemWording, useFormSubmit } from '../../components/form/use-form-submit'
import { planErrorText, planLabelFor, planProblemText } from './plan-errors'

/**
 * The save cycle of a plan form in the plan's own wording (its rules, its field names), with the
 * form's values kept in one place: `bind('title')` gives a kit field everything it needs, labelled
 * from `plan.fields`.
 */
export function usePlanForm<V extends object>(form: string, initial: V | (() => V)) {
  const { t } = useTranslation()
  const submit = useFormSubmit(form, {
    labelFor: planLabelFor(t),
    failureText: planErrorText,
    ...problemWording(planProblemText),
  })
  const fields = useFieldValues(submit, initial, (name) => t(`plan.fields.${name}`))
  return { ...submit, ...fields }
}
