import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../components/SelectField'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { useHashTab, ViewTabs } from '../../components/ViewTabs'
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

// The tab is part of the address (#/integrity/actions) so a reload or a link opens it again.
const TABS = ['overview', 'assessments', 'actions', 'surveys', 'risks'] as const

/** The integrity programme: at a glance, self-assessments, action plan, surveys, risks. */
export function IntegrityView() {
  const { t } = useTranslation()
  const local = useLocal()
  const status = useIntegrityStore((s) => s.status)
  const error = useIntegrityStore((s) => s.error)
  const data = useIntegrityStore((s) => s.data)
  const [tab, selectTab] = useHashTab('integrity', TABS)

  useEffect(() => {
    void useIntegrityStore.getState().load()
  }, [])

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
        <ViewTabs
          tabs={TABS}
          selected={tab}
          onSelect={selectTab}
          label={t('integrity.tabsLabel')}
          tabLabel={(id) => t(`integrity.tabs.${id}`)}
          className="integrity-tabs"
          panels={{
            overview: <OverviewTab data={data} framework={framework} />,
            assessments: <AssessmentsTab data={data} framework={framework} />,
            actions: <ActionsTab data={data} framework={framework} />,
            surveys: <SurveysTab data={data} framework={framework} />,
            risks: <RisksTab data={data} framework={framework} />,
          }}
        />
      )}
    </ViewMain>
  )
}
