import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError, FieldProblem, Result } from '../../../../shared/contract'
import { errorsAt, summaryItems } from '../../lib/field-errors'
import { errorText, fieldId, type LabelFor } from '../../lib/problems'

/** What every integrity form needs: problems per field, a failure, a saving flag, a submit. */
export function useIntegrityForm(form: string, labelOf?: LabelFor) {
  const { t } = useTranslation()
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const labelFor: LabelFor = (path) => {
    const own = labelOf?.(path)
    if (own) return own
    const key = `integrity.fields.${path.split('.')[0]}`
    const label = t(key)
    return label === key ? undefined : label
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
      return null
    }
    setProblems([])
    setSaving(true)
    const result = await send(checked.value)
    setSaving(false)
    if (!result.ok) {
      if (result.error.details?.length) setProblems(result.error.details)
      else setFailure(result.error)
    }
    return result
  }

  return {
    saving,
    submit,
    id: (path: string) => fieldId(form, path),
    errors: (path: string) => errorsAt(t, problems, labelFor, path),
    summary: {
      message: failure ? errorText(t, failure) : undefined,
      items: summaryItems(t, problems, labelFor, form),
    },
  }
}
