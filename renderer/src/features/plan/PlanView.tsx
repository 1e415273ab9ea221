import { useEffect, useState } from 'react'
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { StatusNotice } from '../../components/Notice'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { usePlanStore } from '../../stores/plan-store'
import { LogframeView } from './logframe/LogframeView'
import { ObjectivesSection } from './ObjectivesSection'
import { PlanHeaderPanel } from './PlanHeaderPanel'
import { ProjectsView } from './projects/ProjectsView'
import { TimelineView } from './timeline/TimelineView'
import './plan.css'
import './logframe/logframe.css'
import './timeline/timeline.css'

const TABS = ['overview', 'logframe', 'projects', 'timeline'] as const
type PlanTab = (typeof TABS)[number]

// The part of the plan is kept in the address (#/plan/timeline) so a reload stays on it.
function tabFromHash(): PlanTab {
  const part = window.location.hash.replace(/^#\/?/, '').split('/')[1] ?? ''
  return (TABS as readonly string[]).includes(part) ? (part as PlanTab) : 'overview'
}

/** The Plan workspace: overview (vision, objectives), logframe, projects and timeline. */
export function PlanView() {
  const { t } = useTranslation()
  const planStatus = usePlanStore((s) => s.status)
  const planError = usePlanStore((s) => s.error)
  const data = usePlanStore((s) => s.data)
  const [tab, setTab] = useState<PlanTab>(tabFromHash)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    void usePlanStore.getState().load()
  }, [])

  function select(key: Key): void {
    const next = String(key) as PlanTab
    setTab(next)
    setNotice(null)
    // replaceState: switching parts is not a navigation worth a Back step, and fires no event.
    window.history.replaceState(window.history.state, '', `#/plan/${next}`)
  }

  return (
    <ViewMain
      view="plan"
      state={combineStatus(planStatus)}
      title={t('plan.title')}
      intro={t('plan.intro')}
      error={planError}
      onRetry={() => {
        void usePlanStore.getState().refresh()
      }}
    >
      <StatusNotice message={notice} />
      {data ? (
        <Tabs selectedKey={tab} onSelectionChange={select} className="plan-tabs">
          <TabList aria-label={t('plan.tabsLabel')} className="view-tab-list">
            {TABS.map((id) => (
              <Tab key={id} id={id} className="view-tab">
                {t(`plan.tabs.${id}`)}
              </Tab>
            ))}
          </TabList>
          <TabPanel id="overview" className="view-tab-panel" data-tab="overview">
            <PlanHeaderPanel header={data.header} onSaved={setNotice} />
            <ObjectivesSection onNotice={setNotice} />
          </TabPanel>
          <TabPanel id="logframe" className="view-tab-panel" data-tab="logframe">
            <LogframeView plan={data} onNotice={setNotice} />
          </TabPanel>
          <TabPanel id="projects" className="view-tab-panel" data-tab="projects">
            <ProjectsView plan={data} onNotice={setNotice} />
          </TabPanel>
          <TabPanel id="timeline" className="view-tab-panel" data-tab="timeline">
            <TimelineView plan={data} onNotice={setNotice} />
          </TabPanel>
        </Tabs>
      ) : null}
    </ViewMain>
  )
}
