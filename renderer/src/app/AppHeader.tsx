import { useTranslation } from 'react-i18next'
import { useAppStore } from '../stores/app-store'
import { useSettingsStore } from '../stores/settings-store'

/** The banner: product, administration, and who is signed in. */
export function AppHeader() {
  const { t } = useTranslation()
  const info = useAppStore((s) => s.info)
  const administration = useSettingsStore((s) => s.settings?.administrationName)
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      {administration ? (
        <p className="header-administration" data-testid="administration-name">
          {administration}
        </p>
      ) : null}
      <div className="header-user">
        {info?.mode === 'browser' ? (
          <span className="mode-badge">{t('app.browserMode')}</span>
        ) : null}
        {info ? (
          <span data-testid="signed-in-as">{t('app.signedInAs', { actor: info.actor })}</span>
        ) : null}
      </div>
    </header>
  )
}
