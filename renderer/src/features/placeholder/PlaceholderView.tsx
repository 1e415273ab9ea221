import { useTranslation } from 'react-i18next'
import type { PlannedViewId } from '../../app/views'
import { ViewMain } from '../../components/ViewMain'

/** A view that is part of the product but not in this version: says so, and what it will hold. */
export function PlaceholderView({ view }: { view: PlannedViewId }) {
  const { t } = useTranslation()
  const items = t(`placeholder.${view}`, { returnObjects: true }) as unknown as string[]
  return (
    <ViewMain view={view} state="ready" title={t(`nav.${view}`)}>
      <section className="panel placeholder" aria-labelledby="placeholder-heading">
        <h2 id="placeholder-heading">{t('placeholder.notYet')}</h2>
        <p>{t('placeholder.willHold')}</p>
        <ul className="plain-list bulleted">
          {Array.isArray(items) ? items.map((item) => <li key={item}>{item}</li>) : null}
        </ul>
      </section>
    </ViewMain>
  )
}
