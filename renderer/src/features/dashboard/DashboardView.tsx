import { useTranslation } from 'react-i18next'
import type { IntegrityData, RiskRegister } from '../../../../shared/contract'
import { ViewMain } from '../../components/ViewMain'
import { coverageFigures } from './dashboard-figures'
import { Panel } from './Panel'
import { PlanFigures } from './PlanPanel'
import { CoverageFigures, IntegrityFigures } from './ProgressPanels'
import { IndicatorFigures, OverdueFigures, RiskFigures } from './RegisterPanels'
import { usePanelData, type PanelData } from './use-panel-data'
import './dashboard.css'

/**
 * The head of unit's one screen. Every panel reads an existing channel and loads on its own, so
 * the main region is ready at once and each panel reports its own state (`data-state`).
 * Funding gap: the partners domain does not exist yet, so nothing is shown for it.
 */
export function DashboardView() {
  const { t } = useTranslation()
  const plan = usePanelData('plan')
  const indicators = usePanelData('indicators')
  const risks = usePanelData('risks')
  const integrity = usePanelData('integrity')
  const coverage = usePanelData('coverage')

  // The overdue panel needs both registers; it waits for both and fails when either does.
  const overdue: PanelData<{ register: RiskRegister; integrity: IntegrityData }> =
    risks.data.status === 'error'
      ? risks.data
      : integrity.data.status === 'error'
        ? integrity.data
        : risks.data.status === 'ready' && integrity.data.status === 'ready'
          ? {
              status: 'ready' as const,
              value: { register: risks.data.value.register, integrity: integrity.data.value },
            }
          : { status: 'loading' as const }
  const uncovered =
    coverage.data.status === 'ready' ? coverageFigures(coverage.data.value).notCovered : 0

  return (
    <ViewMain
      view="dashboard"
      state="ready"
      title={t('dashboardPanels.title')}
      intro={t('dashboardPanels.intro')}
    >
      <div className="dash-grid">
        <Panel
          name="plan"
          title={t('dashboardPanels.plan.heading')}
          data={plan.data}
          onRetry={plan.reload}
          links={[{ href: '#/plan', text: t('dashboardPanels.plan.link') }]}
        >
          {(value) => <PlanFigures plan={value} />}
        </Panel>
        <Panel
          name="coverage"
          title={t('dashboardPanels.coverage.heading')}
          data={coverage.data}
          onRetry={coverage.reload}
          alert={uncovered > 0}
          links={[{ href: '#/assessments/coverage', text: t('dashboardPanels.coverage.link') }]}
        >
          {(value) => <CoverageFigures report={value} />}
        </Panel>
        <Panel
          name="indicators"
          title={t('dashboardPanels.indicators.heading')}
          data={indicators.data}
          onRetry={indicators.reload}
          links={[{ href: '#/indicators/off-track', text: t('dashboardPanels.indicators.link') }]}
        >
          {(value) => <IndicatorFigures indicators={value} />}
        </Panel>
        <Panel
          name="risks"
          title={t('dashboardPanels.risks.heading')}
          data={risks.data}
          onRetry={risks.reload}
          links={[{ href: '#/risks', text: t('dashboardPanels.risks.link') }]}
        >
          {(value) => <RiskFigures register={value.register} reference={value.reference} />}
        </Panel>
        <Panel
          name="overdue"
          title={t('dashboardPanels.overdue.heading')}
          data={overdue}
          onRetry={() => {
            risks.reload()
            integrity.reload()
          }}
          links={[
            { href: '#/risks', text: t('dashboardPanels.overdue.link') },
            { href: '#/integrity/actions', text: t('dashboardPanels.overdue.integrityLink') },
          ]}
        >
          {(value) => <OverdueFigures register={value.register} integrity={value.integrity} />}
        </Panel>
        <Panel
          name="integrity"
          title={t('dashboardPanels.integrity.heading')}
          data={integrity.data}
          onRetry={integrity.reload}
          links={[{ href: '#/integrity', text: t('dashboardPanels.integrity.link') }]}
        >
          {(value) => <IntegrityFigures data={value} />}
        </Panel>
      </div>
    </ViewMain>
  )
}
