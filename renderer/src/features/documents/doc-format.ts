import type { TFunction } from 'i18next'
import type { AppError } from '../../../../shared/contract'
import { errorText, problemText, type LabelFor } from '../../lib/problems'

/** The first characters of a SHA-256, enough to tell files apart at a glance. */
export const shortSha = (sha: string): string => sha.slice(0, 12)

/** Today in the user's own time zone, as YYYY-MM-DD (the default date of a decision). */
export function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * One sentence for a failure in this view. Field problems are spelled out; a refused rule
 * ("conflict") keeps the service's own explanation unless the caller has a better one, because the
 * generic "someone changed this record" would be wrong for, say, a missing setup.
 */
export function docErrorText(
  t: TFunction,
  error: AppError,
  opts: { labelFor?: LabelFor; conflict?: string } = {},
): string {
  if (error.code === 'validation' && error.details?.length) {
    return error.details.map((p) => problemText(t, p, opts.labelFor ?? (() => undefined))).join(' ')
  }
  if (error.code === 'conflict') {
    if (opts.conflict) return opts.conflict
    if (error.message.startsWith('Finish the setup wizard')) return t('documents.errors.noSetup')
    return error.message
  }
  if (error.code === 'not_found') return t('documents.errors.notFound')
  return errorText(t, error)
}
