import { useTranslation } from 'react-i18next'
import type { TraceLinkView } from '../../../../shared/contract'

/** "1.2.1 Output: Targeting centre operational" — a link to the plan in words. */
export function useLinkText(): (l: TraceLinkView) => string {
  const { t } = useTranslation()
  return (l) =>
    t('assessments.trace.linkText', {
      number: l.number,
      level: t(`assessments.levels.${l.level}`),
      label: l.label,
    })
}

/** The plan elements a recommendation or gap is linked to, as a short list. */
export function LinkList({ links }: { links: TraceLinkView[] }) {
  const { t } = useTranslation()
  const text = useLinkText()
  if (links.length === 0) return null
  return (
    <>
      <p className="na-links-label">{t('assessments.trace.addressedBy')}</p>
      <ul className="na-link-list">
        {links.map((l) => (
          <li key={l.id}>{text(l)}</li>
        ))}
      </ul>
    </>
  )
}
