import type { TFunction } from 'i18next'
import type { FieldProblem } from '../../../shared/contract'
import type { SummaryItem } from '../components/ErrorSummary'
import { fieldId, problemsExactly, problemText, type LabelFor } from './problems'

/** Translated messages for the field at `path`. */
export function errorsAt(
  t: TFunction,
  problems: readonly FieldProblem[],
  labelFor: LabelFor,
  path: string,
): string[] {
  return problemsExactly(problems, path).map((p) => problemText(t, p, labelFor))
}

/** Lines for the error summary, each pointing at its field. */
export function summaryItems(
  t: TFunction,
  problems: readonly FieldProblem[],
  labelFor: LabelFor,
  form: string,
): SummaryItem[] {
  return problems.map((p) => ({
    text: problemText(t, p, labelFor),
    fieldId: p.path ? fieldId(form, p.path) : undefined,
  }))
}
