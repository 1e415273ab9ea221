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

type OverdueValue = { register: RiskRegister; integrity: IntegrityData }

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
  const overdue: { data: PanelData<OverdueValue>; reload(): void } = {
    data:
      risks.data.status === 'error'
        ? risks.data
        : integrity.data.status === 'error'
          ? integrity.data
          : risks.data.status === 'ready' && integrity.data.status === 'ready'
            ? {
                status: 'ready' as const,
                value: { register: risks.data.value.register, integrity: integrity.data.value },
              }
            : { status: 'loading' as const },
    reload: () => {
      risks.reload()
      integrity.reload()
    },
  }
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
        <Panel name="plan" source={plan} href="#/plan">
          {(value) => <PlanFigures plan={value} />}
        </Panel>
        <Panel
          name="coverage"
          source={coverage}
          href="#/assessments/coverage"
          alert={uncovered > 0}
        >
          {(value) => <CoverageFigures report={value} />}
        </Panel>
        <Panel name="indicators" source={indicators} href="#/indicators/off-track">
          {(value) => <IndicatorFigures indicators={value} />}
        </Panel>
        <Panel name="risks" source={risks} href="#/risks">
          {(value) => <RiskFigures register={value.register} reference={value.reference} />}
        </Panel>
        <Panel
          name="overdue"
          source={overdue}
          href="#/risks"
          moreLinks={[
            { href: '#/integrity/actions', text: t('dashboardPanels.overdue.integrityLink') },
          ]}
        >
          {(value) => <OverdueFigures register={value.register} integrity={value.integrity} />}
        </Panel>
        <Panel name="integrity" source={integrity} href="#/integrity">
          {(value) => <IntegrityFigures data={value} />}
        </Panel>
      </div>
    </ViewMain>
  )
}
