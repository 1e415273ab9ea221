import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { useHashTab, ViewTabs } from '../../components/ViewTabs'
import { useAppStore } from '../../stores/app-store'
import { useDocumentsStore } from '../../stores/documents-store'
import { useSettingsStore } from '../../stores/settings-store'
import { ChangesPanel } from './ChangesPanel'
import { CreatePanel } from './CreatePanel'
import { HistoryPanel } from './HistoryPanel'
import { SubmissionsPanel } from './SubmissionsPanel'
import { VerifyPanel } from './VerifyPanel'
import './documents.css'
import './documents-records.css'

// The tab is part of the address (#/documents/history) so a reload or a link opens it again.
const TABS = ['create', 'history', 'verify', 'changes', 'submissions'] as const

/** Word documents: choose and export, sign-off history, verification, changes, submissions. */
export function DocumentsView() {
  const { t } = useTranslation()
  const status = useDocumentsStore((s) => s.status)
  const error = useDocumentsStore((s) => s.error)
  const settingsStatus = useSettingsStore((s) => s.status)
  const settingsError = useSettingsStore((s) => s.error)
  const appStatus = useAppStore((s) => s.status)
  const appError = useAppStore((s) => s.error)
  const [tab, selectTab] = useHashTab('documents', TABS)

  useEffect(() => {
    void useDocumentsStore.getState().load()
    void useSettingsStore.getState().load()
    void useAppStore.getState().load()
  }, [])

  return (
    <ViewMain
      view="documents"
      state={combineStatus(status, settingsStatus, appStatus)}
      title={t('documents.title')}
      intro={t('documents.intro')}
      error={error ?? settingsError ?? appError}
      onRetry={() => {
        void useDocumentsStore.getState().refresh()
        void useSettingsStore.getState().refresh()
        void useAppStore.getState().refresh()
      }}
    >
      <ViewTabs
        tabs={TABS}
        selected={tab}
        onSelect={selectTab}
        label={t('documents.tabsLabel')}
        tabLabel={(id) => t(`documents.tabs.${id}`)}
        className="doc-tabs"
        panels={{
          create: <CreatePanel />,
          history: <HistoryPanel />,
          verify: <VerifyPanel />,
          changes: <ChangesPanel />,
          submissions: <SubmissionsPanel />,
        }}
      />
    </ViewMain>
  )
}
