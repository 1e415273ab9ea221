import type { TFunction } from 'i18next'
import type { PlanItemKind } from '../../../../shared/contract'

/** "outcome", "activity"… in the reader's language, for use inside sentences. */
export const levelWord = (t: TFunction, kind: PlanItemKind | 'project'): string =>
  t(`plan.levelWords.${kind}`)

/** A list joined the way the reader's language joins lists ("a, b and c"). */
export function joinList(items: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items)
}
