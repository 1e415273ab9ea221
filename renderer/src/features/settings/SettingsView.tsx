import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError, Language } from '../../../../shared/contract'
import { LanguageChoice } from '../../components/LanguageChoice'
import { ErrorNotice, StatusNotice } from '../../components/Notice'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { applyLanguage, currentLanguage } from '../../lib/i18n'
import { useAppStore } from '../../stores/app-store'
import { useSettingsStore } from '../../stores/settings-store'
import { DataSafetySection } from './DataSafetySection'
import { LogoField } from './LogoField'
import { ProfileForm } from './ProfileForm'

/** Interface language, the administration profile, and facts about this installation. */
export function SettingsView() {
  const { t } = useTranslation()
  const settings = useSettingsStore((s) => s.settings)
  const settingsStatus = useSettingsStore((s) => s.status)
  const settingsError = useSettingsStore((s) => s.error)
  const setLanguage = useSettingsStore((s) => s.setLanguage)
  const app = useAppStore()
  const [languageError, setLanguageError] = useState<AppError | null>(null)
  const [languageSaved, setLanguageSaved] = useState<string | null>(null)
  const [pending, setPending] = useState<Language | null>(null)
  const [switching, setSwitching] = useState(false)

  useEffect(() => {
    void useSettingsStore.getState().load()
    void useAppStore.getState().load()
  }, [])

  async function changeLanguage(language: Language): Promise<void> {
    setLanguageError(null)
    setLanguageSaved(null)
    // Show the choice at once; the saved language takes over when the save answers.
    setPending(language)
    setSwitching(true)
    const result = await setLanguage(language)
    setSwitching(false)
    if (!result.ok) {
      setPending(null)
      setLanguageError(result.error)
      return
    }
    await applyLanguage(language)
    setPending(null)
    setLanguageSaved(t('settings.languageSaved', { lng: language }))
  }

  const state = combineStatus(settingsStatus, app.status)
  return (
    <ViewMain
      view="settings"
      state={state}
      title={t('settings.title')}
      intro={t('settings.intro')}
      error={settingsError ?? app.error}
      onRetry={() => {
        void useSettingsStore.getState().refresh()
        void app.refresh()
      }}
    >
      <section className="panel" aria-labelledby="settings-language-heading">
        <h2 id="settings-language-heading">{t('settings.languageHeading')}</h2>
        <LanguageChoice
          value={pending ?? currentLanguage()}
          onChange={(l) => void changeLanguage(l)}
          isDisabled={switching}
          labelledBy="settings-language-heading"
          description={t('settings.languageHelp')}
        />
        {languageError ? <ErrorNotice error={languageError} /> : null}
        <StatusNotice message={languageSaved} />
      </section>
      <section className="panel" aria-labelledby="settings-profile-heading">
        <h2 id="settings-profile-heading">{t('settings.profileHeading')}</h2>
        {settings ? <ProfileForm settings={settings} /> : null}
      </section>
      {settings ? (
        <section className="panel" aria-labelledby="settings-logo-heading">
          <h2 id="settings-logo-heading">{t('documents.logo.heading')}</h2>
          <LogoField />
        </section>
      ) : null}
      {settings ? <DataSafetySection /> : null}
      {app.info ? (
        <section className="panel" aria-labelledby="settings-about-heading">
          <h2 id="settings-about-heading">{t('settings.aboutHeading')}</h2>
          <dl className="summary-list">
            <dt>{t('settings.version')}</dt>
            <dd>{app.info.version}</dd>
            <dt>{t('settings.schemaVersion')}</dt>
            <dd>{app.info.schemaVersion}</dd>
            <dt>{t('settings.dataDir')}</dt>
            <dd className="path">{app.info.dataDir}</dd>
            <dt>{t('settings.mode')}</dt>
            <dd>{t(`settings.modes.${app.info.mode}`)}</dd>
          </dl>
        </section>
      ) : null}
    </ViewMain>
  )
}
