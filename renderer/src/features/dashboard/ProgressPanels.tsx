import { useTranslation } from 'react-i18next'
import { localise, type CoverageReport, type IntegrityData } from '../../../../shared/contract'
import { coverageFigures } from './dashboard-figures'
import { ProgressLine } from './Panel'

/** Done ÷ counted actions per integrity factor, compact: one line each. */
export function IntegrityFigures({ data }: { data: IntegrityData }) {
  const { t, i18n } = useTranslation()
  if (!data.framework)
    return <p className="dash-empty">{t('dashboardPanels.integrity.noFramework')}</p>
  if (data.actions.length === 0)
    return <p className="dash-empty">{t('dashboardPanels.integrity.empty')}</p>
  const byFactor = new Map(data.overview.map((o) => [o.factorItemId, o.progress]))
  const done = data.overview.reduce((sum, o) => sum + o.progress.done, 0)
  const total = data.overview.reduce((sum, o) => sum + o.progress.total, 0)
  return (
    <>
      <p className="dash-headline" data-testid="integrity-overall">
        {t('dashboardPanels.integrity.overall', { done, count: total })}
      </p>
      <ul className="dash-list dash-factors" aria-label={t('dashboardPanels.integrity.listLabel')}>
        {data.framework.factors.map((f) => {
          const p = byFactor.get(f.id)
          return (
            <li key={f.id} className="dash-factor" data-testid="integrity-factor">
              <span className="dash-code" title={localise(f.title, i18n.language)}>
                {f.code}
              </span>
              {!p || p.percent === null ? (
                <span className="muted">{t('dashboardPanels.integrity.none')}</span>
              ) : (
                <ProgressLine
                  percent={p.percent}
                  text={t('dashboardPanels.integrity.done', { done: p.done, total: p.total })}
                  behind={
                    p.overdue > 0
                      ? t('dashboardPanels.integrity.overdue', { count: p.overdue })
                      : undefined
                  }
                />
              )}
            </li>
          )
        })}
      </ul>
    </>
  )
}

/** How many accepted recommendations and high-priority gaps the plan does not answer yet. */
export function CoverageFigures({ report }: { report: CoverageReport }) {
  const { t } = useTranslation()
  const c = coverageFigures(report)
  if (c.total === 0) return <p className="dash-empty">{t('dashboardPanels.coverage.empty')}</p>
  if (c.notCovered === 0)
    return <p className="dash-empty">{t('dashboardPanels.coverage.allCovered')}</p>
  return (
    <>
      <p className="dash-headline dash-alert-text" data-testid="coverage-not-covered">
        {t('dashboardPanels.coverage.notCovered', { count: c.notCovered })}
      </p>
      <ul className="dash-flags">
        <li data-testid="coverage-recommendations">
          {t('dashboardPanels.coverage.recommendations', { count: c.recommendations })}
        </li>
        <li data-testid="coverage-gaps">{t('dashboardPanels.coverage.gaps', { count: c.gaps })}</li>
      </ul>
    </>
  )
}
