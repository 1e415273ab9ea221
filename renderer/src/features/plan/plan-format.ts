import type { TFunction } from 'i18next'
import type { PlanItemKind } from '../../../../shared/contract'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date in the reader's language, e.g. "27 Nov 2026"; anything else unchanged. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return ''
  if (!ISO_DATE.test(iso)) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )
}

/** "outcome", "activity"… in the reader's language, for use inside sentences. */
export const levelWord = (t: TFunction, kind: PlanItemKind | 'project'): string =>
  t(`plan.levelWords.${kind}`)

/** A list joined the way the reader's language joins lists ("a, b and c"). */
export function joinList(items: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items)
}
