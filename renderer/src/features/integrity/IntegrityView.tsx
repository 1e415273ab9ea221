import { useEffect, useState } from 'react'
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../components/SelectField'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { useIntegrityStore } from '../../stores/integrity-store'
import { ActionsTab } from './ActionsTab'
import { AssessmentsTab } from './AssessmentsTab'
import { useLocal } from './integrity-format'
import { OverviewTab } from './OverviewTab'
import { RisksTab } from './RisksTab'
import { SurveysTab } from './SurveysTab'
import './integrity.css'
import './integrity-forms.css'
import './integrity-tables.css'

const TABS = ['overview', 'assessments', 'actions', 'surveys', 'risks'] as const
type TabId = (typeof TABS)[number]

// The tab is part of the address (#/integrity/actions) so a reload or a link opens it again.
function tabFromHash(): TabId {
  const part = window.location.hash.replace(/^#\/?/, '').split('/')[1] ?? ''
  return (TABS as readonly string[]).includes(part) ? (part as TabId) : 'overview'
}

/** The integrity programme: at a glance, self-assessments, action plan, surveys, risks. */
export function IntegrityView() {
  const { t } = useTranslation()
  const local = useLocal()
  const status = useIntegrityStore((s) => s.status)
  const error = useIntegrityStore((s) => s.error)
  const data = useIntegrityStore((s) => s.data)
  const [tab, setTab] = useState<TabId>(tabFromHash)

  useEffect(() => {
    void useIntegrityStore.getState().load()
  }, [])

  const selectTab = (key: Key) => {
    const next = String(key) as TabId
    setTab(next)
    window.history.replaceState(window.history.state, '', `#/integrity/${next}`)
  }
  const framework = data?.framework ?? null

  return (
    <ViewMain
      view="integrity"
      state={combineStatus(status)}
      title={t('integrity.title')}
      intro={t('integrity.intro')}
      error={error}
      onRetry={() => void useIntegrityStore.getState().refresh()}
    >
      {data && data.frameworks.length > 1 ? (
        <SelectField
          id="integrity-framework"
          label={t('integrity.fields.frameworkId')}
          options={data.frameworks.map((f) => ({
            id: f.id,
            label: `${f.code} — ${local(f.name)}`,
          }))}
          value={framework?.id ?? null}
          onChange={(id) => void useIntegrityStore.getState().selectFramework(id)}
        />
      ) : null}
      {!data || !framework ? (
        <p className="empty">{t('integrity.noFramework')}</p>
      ) : (
        <Tabs selectedKey={tab} onSelectionChange={selectTab} className="integrity-tabs">
          <TabList aria-label={t('integrity.tabsLabel')} className="view-tab-list">
            {TABS.map((id) => (
              <Tab key={id} id={id} className="view-tab">
                {t(`integrity.tabs.${id}`)}
              </Tab>
            ))}
          </TabList>
          <TabPanel id="overview" className="view-tab-panel">
            <OverviewTab data={data} framework={framework} />
          </TabPanel>
          <TabPanel id="assessments" className="view-tab-panel">
            <AssessmentsTab data={data} framework={framework} />
          </TabPanel>
          <TabPanel id="actions" className="view-tab-panel">
            <ActionsTab data={data} framework={framework} />
          </TabPanel>
          <TabPanel id="surveys" className="view-tab-panel">
            <SurveysTab data={data} framework={framework} />
          </TabPanel>
          <TabPanel id="risks" className="view-tab-panel">
            <RisksTab data={data} framework={framework} />
          </TabPanel>
        </Tabs>
      )}
    </ViewMain>
  )
}
