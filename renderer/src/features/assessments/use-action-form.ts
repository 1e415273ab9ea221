import { useState } from 'react'
import type { AppError, FieldProblem, Result } from '../../../../shared/contract'
import { useAssessmentsStore } from '../../stores/assessments-store'

/** Busy flag, problems and failure of a small dialog form that runs one change. */
export function useActionForm() {
  const change = useAssessmentsStore((s) => s.change)
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  async function run<T>(call: () => Promise<Result<T>>, onDone: (value: T) => void): Promise<void> {
    if (busy) return
    setBusy(true)
    setFailure(null)
    const result = await change(call)
    setBusy(false)
    if (result.ok) {
      setProblems([])
      onDone(result.value)
    } else if (result.error.details?.length) {
      setProblems(result.error.details)
    } else {
      setFailure(result.error)
    }
  }
  return { problems, failure, busy, run }
}
