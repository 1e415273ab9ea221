import type { TFunction } from 'i18next'
import {
  localise,
  type AssessmentScale,
  type FieldProblem,
  type LocalText,
} from '../../../../shared/contract'
import { useTranslation } from 'react-i18next'
import { useFieldValues } from '../../components/form/use-field-values'
import { useFormSubmit, type FormWording } from '../../components/form/use-form-submit'
import { i18next } from '../../lib/i18n'
import { problemText, type LabelFor } from '../../lib/problems'

/** A pack text in the interface language. */
export const local = (t: LocalText | null | undefined): string => localise(t, i18next.language)

/** "2 · Developing": a level with its name on the scale. */
export function levelLabel(scale: AssessmentScale, level: number | null): string {
  if (level === null) return ''
  const found = scale.levels.find((l) => l.level === level)
  return found ? `${level} · ${local(found.name)}` : String(level)
}

/** A mean level with two decimals at most, in the reader's language. */
export function formatLevel(n: number | null, language: string): string {
  if (n === null) return '—'
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(n)
}

/** A change with its sign, e.g. "+1.5", "−0.3", "0". */
export function formatChange(n: number | null, language: string): string {
  if (n === null) return '—'
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(n)
}

/** Labels of the assessment forms' fields. */
export function assessmentLabelFor(t: TFunction): LabelFor {
  return (path) => {
    const key = `assessments.fields.${path.split('.')[0]}`
    return i18next.exists(key) ? t(key) : undefined
  }
}

/**
 * A field problem in the interface language. Rules the backend checks (dates in order, levels
 * on the scale) carry a `rule` the catalogue translates; the rest use the shared wording.
 */
export function assessmentProblemText(t: TFunction, p: FieldProblem, labelFor: LabelFor): string {
  const rule = p.params?.rule
  if (typeof rule === 'string' && i18next.exists(`assessments.problems.${rule}`)) {
    return t(`assessments.problems.${rule}`, { ...p.params, field: labelFor(p.path) ?? '' })
  }
  return problemText(t, p, labelFor)
}

/** Translated messages for the field at `path`. */
export function assessmentErrorsAt(
  t: TFunction,
  problems: readonly FieldProblem[],
  labelFor: LabelFor,
  path: string,
): string[] {
  return problems.filter((p) => p.path === path).map((p) => assessmentProblemText(t, p, labelFor))
}

/** Lines for the error summary, each pointing at its field. */
export function assessmentSummaryItems(
  t: TFunction,
  problems: readonly FieldProblem[],
  labelFor: LabelFor,
  form: string,
): { text: string; fieldId?: string }[] {
  return problems.map((p) => ({
    text: assessmentProblemText(t, p, labelFor),
    fieldId: p.path ? `${form}-${p.path.replace(/\./g, '-')}` : undefined,
  }))
}

/** How assessment forms word their problems: their labels and the rules the backend checks. */
export function assessmentWording(t: TFunction): FormWording {
  return {
    labelFor: assessmentLabelFor(t),
    errorsAt: assessmentErrorsAt,
    summaryItems: assessmentSummaryItems,
  }
}

/**
 * The save cycle of an assessment form and its values, each field labelled
 * `assessments.fields.<name>` unless `labels` names another key there.
 */
export function useAssessmentFields<V extends object>(
  form: string,
  initial: V | (() => V),
  labels: Partial<Record<keyof V, string>> = {},
) {
  const { t } = useTranslation()
  const submit = useFormSubmit(form, assessmentWording(t))
  const fields = useFieldValues(submit, initial, (name) =>
    t(`assessments.fields.${labels[name] ?? name}`),
  )
  return { form: submit, ...fields }
}
