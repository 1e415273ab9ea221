import { useTranslation } from 'react-i18next'
import type {
  IndicatorSummary,
  IntegrityData,
  RiskReference,
  RiskRegister,
} from '../../../../shared/contract'
import { RagBadge } from '../indicators/RagBadge'
import { BandChip } from '../risks/RiskMarks'
import { indicatorFigures, LIST_LENGTH, overdueActions, riskFigures } from './dashboard-figures'
import { Figure, ItemHead } from './Panel'
import { formatDate } from '../../lib/format'

/** Red and amber counts and the first off-track indicators, each with its status in words. */
export function IndicatorFigures({ indicators }: { indicators: IndicatorSummary[] }) {
  const { t } = useTranslation()
  if (indicators.length === 0)
    return <p className="dash-empty">{t('dashboardPanels.indicators.empty')}</p>
  const { red, amber, first } = indicatorFigures(indicators)
  return (
    <>
      <dl className="dash-figures">
        <Figure
          label={t('dashboardPanels.indicators.red')}
          value={red}
          testId="indicators-red"
          tone={red > 0 ? 'alert' : undefined}
        />
        <Figure
          label={t('dashboardPanels.indicators.amber')}
          value={amber}
          testId="indicators-amber"
        />
      </dl>
      {first.length === 0 ? (
        <p className="dash-empty">{t('dashboardPanels.indicators.onTrack')}</p>
      ) : (
        <ul className="dash-list" aria-label={t('dashboardPanels.indicators.listLabel')}>
          {first.map((i) => (
            <li key={i.id} className="dash-row" data-testid="off-track-indicator">
              <ItemHead code={i.code} title={i.name} />
              <RagBadge rag={i.status} short />
            </li>
          ))}
        </ul>
      )}
      {red + amber > LIST_LENGTH ? (
        <p className="muted">
          {t('dashboardPanels.indicators.more', { count: red + amber - LIST_LENGTH })}
        </p>
      ) : null}
    </>
  )
}

/** The highest residual scores with their band, and what is overdue in the register. */
export function RiskFigures({
  register,
  reference,
}: {
  register: RiskRegister
  reference: RiskReference
}) {
  const { t } = useTranslation()
  if (register.risks.length === 0)
    return <p className="dash-empty">{t('dashboardPanels.risks.empty')}</p>
  const { top, reviewsOverdue, actionsOverdue } = riskFigures(register.risks)
  return (
    <>
      <ul className="dash-list" aria-label={t('dashboardPanels.risks.listLabel')}>
        {top.map((r) => (
          <li key={r.id} className="dash-row" data-testid="top-risk">
            <ItemHead code={r.code} title={r.title} />
            <span title={t('dashboardPanels.risks.score', { score: r.residualScore })}>
              <BandChip
                matrix={reference.matrices.find((m) => m.id === r.matrixItemId)}
                score={r.residualScore}
              />
            </span>
          </li>
        ))}
      </ul>
      <ul className="dash-flags">
        <li
          className={reviewsOverdue > 0 ? 'dash-alert-text' : undefined}
          data-testid="risk-reviews-overdue"
        >
          {t('dashboardPanels.risks.reviewsOverdue', { count: reviewsOverdue })}
        </li>
        <li
          className={actionsOverdue > 0 ? 'dash-alert-text' : undefined}
          data-testid="risk-actions-overdue"
        >
          {t('dashboardPanels.risks.actionsOverdue', { count: actionsOverdue })}
        </li>
      </ul>
    </>
  )
}

/** Overdue treatment and integrity actions together, oldest due date first. */
export function OverdueFigures({
  register,
  integrity,
}: {
  register: RiskRegister | null
  integrity: IntegrityData | null
}) {
  const { t, i18n } = useTranslation()
  const all = overdueActions(register?.risks ?? null, integrity)
  if (all.length === 0) return <p className="dash-empty">{t('dashboardPanels.overdue.none')}</p>
  const fromRisks = all.filter((a) => a.source === 'risk').length
  return (
    <>
      <p className="dash-headline" data-testid="overdue-count">
        {t('dashboardPanels.overdue.count', { count: all.length })}
      </p>
      <p className="muted">
        {t('dashboardPanels.overdue.split', {
          risks: fromRisks,
          integrity: all.length - fromRisks,
        })}
      </p>
      <ul className="dash-list" aria-label={t('dashboardPanels.overdue.listLabel')}>
        {all.slice(0, LIST_LENGTH).map((a) => (
          <li key={a.key} data-testid="overdue-action">
            <ItemHead
              code={
                a.source === 'risk'
                  ? t('dashboardPanels.overdue.fromRisk', { code: a.code })
                  : t('dashboardPanels.overdue.fromIntegrity', { code: a.code })
              }
              title={a.action}
            />
            <span className="dash-meta">
              <strong className="dash-alert-text">
                {t('dashboardPanels.overdue.due', { date: formatDate(a.dueDate, i18n.language) })}
              </strong>
              {' · '}
              {a.owner
                ? t('dashboardPanels.overdue.owner', { owner: a.owner })
                : t('dashboardPanels.overdue.noOwner')}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
