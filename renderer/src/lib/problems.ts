import type { TFunction } from 'i18next'
import type { AppError, FieldProblem } from '../../../shared/contract'
import { i18next } from './i18n'

/** Gives the translated label of the field at a dotted path, when the form knows one. */
export type LabelFor = (path: string) => string | undefined

/** One problem in the current language: by code with the form's own label, else the server's words. */
export function problemText(t: TFunction, problem: FieldProblem, labelFor: LabelFor): string {
  const field = labelFor(problem.path) ?? problem.params?.field ?? ''
  const values = { ...problem.params, field }
  if (!problem.path.includes('.')) {
    const specific = `problems.byField.${problem.path}.${problem.code}`
    if (i18next.exists(specific)) return t(specific, values)
  }
  // "invalid" carries its own explanation (a pattern, a refinement); only the server can say it.
  if (problem.code === 'invalid' || !field) return problem.message
  const generic = `problems.${problem.code}`
  return i18next.exists(generic) ? t(generic, values) : problem.message
}

/** The sentence for an error as a whole, by its code. */
export function errorText(t: TFunction, error: AppError): string {
  const key = `errors.${error.code}`
  return i18next.exists(key) ? t(key) : error.message
}

/** Problems whose path is `path` or lies below it. */
export function problemsAt(problems: readonly FieldProblem[], path: string): FieldProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`))
}

/** Problems exactly at `path`. */
export function problemsExactly(problems: readonly FieldProblem[], path: string): FieldProblem[] {
  return problems.filter((p) => p.path === path)
}

/** A DOM id for the input at a dotted path, so the error summary can move focus to it. */
export const fieldId = (form: string, path: string): string =>
  `${form}-${path.replace(/\./g, '-') || 'form'}`
