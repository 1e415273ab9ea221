import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError, FieldProblem, Result } from '../../../../shared/contract'
import {
  errorsAt as defaultErrorsAt,
  summaryItems as defaultSummaryItems,
} from '../../lib/field-errors'
import { errorText, fieldId, type LabelFor } from '../../lib/problems'
import type { SummaryItem } from '../ErrorSummary'

/** How a domain words its problems; each defaults to the shared wording. */
export interface FormWording {
  /** The label of the field at a path, for messages such as "Title is required". */
  labelFor?: LabelFor
  failureText?(t: TFunction, error: AppError): string
  errorsAt?(t: TFunction, problems: FieldProblem[], labelFor: LabelFor, path: string): string[]
  summaryItems?(
    t: TFunction,
    problems: FieldProblem[],
    labelFor: LabelFor,
    form: string,
  ): SummaryItem[]
}

const noLabel: LabelFor = () => undefined

/**
 * What a form's own checks found, as `submit` takes it: refused with those problems, or the
 * input to send when there are none.
 */
export function checkedLocally<I>(problems: FieldProblem[], input: I): Result<I> {
  if (problems.length === 0) return { ok: true, value: input }
  return { ok: false, error: { code: 'validation', message: '', details: problems } }
}

/** How a domain words one problem (its own rules, its own field names). */
type ProblemText = (t: TFunction, problem: FieldProblem, labelFor: LabelFor) => string

/** The wording beside each field and in the summary, from how a domain words one problem. */
export function problemWording(
  problemText: ProblemText,
): Required<Pick<FormWording, 'errorsAt' | 'summaryItems'>> {
  return {
    errorsAt: (t, problems, labelFor, path) =>
      problems.filter((p) => p.path === path).map((p) => problemText(t, p, labelFor)),
    summaryItems: (t, problems, labelFor, form) =>
      problems.map((p) => ({
        text: problemText(t, p, labelFor),
        fieldId: p.path ? fieldId(form, p.path) : undefined,
      })),
  }
}

/**
 * The one save cycle of every form: check the input against the contract first (every problem at
 * once, beside its field and in the summary), then send it with a busy flag; field problems from
 * the service go beside their fields, a refusal of the whole change goes to the top of the form.
 */
export function useFormSubmit(form: string, wording: FormWording = {}) {
  const { t } = useTranslation()
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const labelFor = wording.labelFor ?? noLabel
  const errorsAt = wording.errorsAt ?? defaultErrorsAt
  const summaryItems = wording.summaryItems ?? defaultSummaryItems

  function settle<T>(result: Result<T>): Result<T> {
    if (result.ok) setProblems([])
    else if (result.error.details?.some((d) => d.path)) setProblems(result.error.details)
    else setFailure(result.error)
    return result
  }

  /** Sends a change that needs no local check (a confirmation, a small action). */
  async function run<T>(send: () => Promise<Result<T>>): Promise<Result<T> | null> {
    if (saving) return null
    setFailure(null)
    setSaving(true)
    const result = await send()
    setSaving(false)
    return settle(result)
  }

  /** Checks locally, sends what passed, and shows field problems or the failure. */
  async function submit<I, T>(
    checked: Result<I>,
    send: (valid: I) => Promise<Result<T>>,
  ): Promise<Result<T> | null> {
    if (saving) return null
    setFailure(null)
    if (!checked.ok) {
      setProblems(checked.error.details ?? [])
      if (!checked.error.details?.length) setFailure(checked.error)
      return null
    }
    return run(() => send(checked.value))
  }

  return {
    saving,
    problems,
    failure,
    submit,
    run,
    id: (path: string) => fieldId(form, path),
    errors: (path: string) => errorsAt(t, problems, labelFor, path),
    summary: {
      message: failure ? (wording.failureText ?? errorText)(t, failure) : undefined,
      items: summaryItems(t, problems, labelFor, form),
    },
  }
}

/** What `useFormSubmit` gives a form. */
export type FormSubmit = ReturnType<typeof useFormSubmit>
