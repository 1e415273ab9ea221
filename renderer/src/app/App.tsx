import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../components/Notice'
import { SetupWizard } from '../features/setup/SetupWizard'
import { applyLanguage } from '../lib/i18n'
import { useAppStore } from '../stores/app-store'
import { useSettingsStore } from '../stores/settings-store'
import { Shell } from './Shell'

function Startup({ failed }: { failed: boolean }) {
  const { t } = useTranslation()
  const settingsError = useSettingsStore((s) => s.error)
  const appError = useAppStore((s) => s.error)
  const error = settingsError ?? appError
  return (
    <main
      id="main"
      className="startup"
      data-view="startup"
      data-state={failed ? 'error' : 'loading'}
    >
      <h1>{failed ? t('app.startFailedTitle') : t('app.name')}</h1>
      {failed ? (
        <>
          <ErrorNotice
            error={error}
            onRetry={() => {
              void useSettingsStore.getState().refresh()
              void useAppStore.getState().refresh()
            }}
          />
          <p>{t('app.startFailedHelp')}</p>
        </>
      ) : (
        <p role="status">{t('app.opening')}</p>
      )}
    </main>
  )
}

/** Chooses between the first-run wizard and the application, once the profile is known. */
export function App() {
  const settingsStatus = useSettingsStore((s) => s.status)
  const settings = useSettingsStore((s) => s.settings)
  const appStatus = useAppStore((s) => s.status)
  const language = settings?.interfaceLanguage

  useEffect(() => {
    void useSettingsStore.getState().load()
    void useAppStore.getState().load()
  }, [])

  // The stored profile decides the interface language (also when another window changes it).
  // main.tsx applied it before the first render; this keeps it in step afterwards.
  useEffect(() => {
    if (language) void applyLanguage(language)
  }, [language])

  if (settingsStatus === 'error' || appStatus === 'error') return <Startup failed />
  if (settingsStatus !== 'ready' || appStatus !== 'ready') return <Startup failed={false} />
  return settings ? <Shell /> : <SetupWizard />
}
