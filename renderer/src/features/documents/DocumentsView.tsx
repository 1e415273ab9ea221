import { useEffect, useState } from 'react'
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { combineStatus, ViewMain } from '../../components/ViewMain'
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

const TABS = ['create', 'history', 'verify', 'changes', 'submissions'] as const
type TabId = (typeof TABS)[number]

// The tab is part of the address (#/documents/history) so a reload or a link opens it again.
function tabFromHash(): TabId {
  const part = window.location.hash.replace(/^#\/?/, '').split('/')[1] ?? ''
  return (TABS as readonly string[]).includes(part) ? (part as TabId) : 'create'
}

/** Word documents: choose and export, sign-off history, verification, changes, submissions. */
export function DocumentsView() {
  const { t } = useTranslation()
  const status = useDocumentsStore((s) => s.status)
  const error = useDocumentsStore((s) => s.error)
  const settingsStatus = useSettingsStore((s) => s.status)
  const settingsError = useSettingsStore((s) => s.error)
  const appStatus = useAppStore((s) => s.status)
  const appError = useAppStore((s) => s.error)
  const [tab, setTab] = useState<TabId>(tabFromHash)

  useEffect(() => {
    void useDocumentsStore.getState().load()
    void useSettingsStore.getState().load()
    void useAppStore.getState().load()
  }, [])

  const selectTab = (key: Key) => {
    const next = String(key) as TabId
    setTab(next)
    window.history.replaceState(window.history.state, '', `#/documents/${next}`)
  }

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
      <Tabs selectedKey={tab} onSelectionChange={selectTab} className="doc-tabs">
        <TabList aria-label={t('documents.tabsLabel')} className="view-tab-list">
          {TABS.map((id) => (
            <Tab key={id} id={id} className="view-tab">
              {t(`documents.tabs.${id}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="create" className="view-tab-panel">
          <CreatePanel />
        </TabPanel>
        <TabPanel id="history" className="view-tab-panel">
          <HistoryPanel />
        </TabPanel>
        <TabPanel id="verify" className="view-tab-panel">
          <VerifyPanel />
        </TabPanel>
        <TabPanel id="changes" className="view-tab-panel">
          <ChangesPanel />
        </TabPanel>
        <TabPanel id="submissions" className="view-tab-panel">
          <SubmissionsPanel />
        </TabPanel>
      </Tabs>
    </ViewMain>
  )
}
