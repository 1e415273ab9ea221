import { useState } from 'react'
import type { AppError, FieldProblem, Result } from '../../../../shared/contract'

/**
 * The save cycle every plan form shares: check the input against the contract first (instant
 * messages), then send it; field problems go beside their fields, a refusal of the whole change
 * goes to the top of the form.
 */
export function usePlanSubmit() {
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit<T>(
    checked: Result<unknown>,
    send: () => Promise<Result<T>>,
  ): Promise<T | null> {
    if (saving) return null
    setFailure(null)
    if (!checked.ok) {
      setProblems(checked.error.details ?? [])
      return null
    }
    setProblems([])
    setSaving(true)
    const result = await send()
    setSaving(false)
    if (result.ok) return result.value
    const details = result.error.details ?? []
    if (details.some((d) => d.path)) setProblems(details)
    else setFailure(result.error)
    return null
  }

  return { problems, failure, saving, submit }
}
