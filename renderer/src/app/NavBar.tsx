import { useTranslation } from 'react-i18next'
import { hashFor, useRouteStore } from './route-store'
import { VIEW_IDS } from './views'

/** Every capability, always listed, in the order of the programme cycle. */
export function NavBar() {
  const { t } = useTranslation()
  const current = useRouteStore((s) => s.view)
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {VIEW_IDS.map((id) => (
          <li key={id}>
            <a
              href={hashFor(id)}
              className={id === current ? 'nav-link nav-link-current' : 'nav-link'}
              aria-current={id === current ? 'page' : undefined}
            >
              {t(`nav.${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
