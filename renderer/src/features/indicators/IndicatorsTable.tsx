import { useTranslation } from 'react-i18next'
import type { IndicatorSummary } from '../../../../shared/contract'
import { formatValue, periodLabel, targetName } from './indicator-format'
import { RagBadge, TrendArrow } from './RagBadge'
import { hrefFor } from './use-indicator-route'

interface IndicatorsTableProps {
  indicators: IndicatorSummary[]
  caption: string
  /** The off-track list shows what was planned and why the value is off instead of the trend. */
  offTrack?: boolean
}

/** Code, name, where it hangs in the plan, latest value, status and trend of each indicator. */
export function IndicatorsTable({ indicators, caption, offTrack = false }: IndicatorsTableProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <div className="table-wrap">
      <table className={`data-table indicators-table${offTrack ? ' off-track-table' : ''}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.columns.code')}</th>
            <th scope="col">{t('indicators.columns.name')}</th>
            {offTrack ? null : <th scope="col">{t('indicators.columns.attachedTo')}</th>}
            <th scope="col">{t('indicators.columns.latest')}</th>
            <th scope="col">
              {offTrack ? t('indicators.columns.status') : t('indicators.columns.statusTrend')}
            </th>
            {offTrack ? <th scope="col">{t('indicators.columns.explanation')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {indicators.map((ind) => (
            <tr key={ind.id} data-indicator-id={ind.id} data-rag={ind.status}>
              <td className="cell-code">{ind.code}</td>
              <th scope="row" className="cell-title">
                <a href={hrefFor({ page: 'detail', id: ind.id })}>{ind.name}</a>
                {offTrack ? (
                  <span className="cell-statement">{targetName(t, ind.attachedTo)}</span>
                ) : null}
                {ind.unexplainedRed > 0 ? (
                  <span className="cell-note">
                    {t('indicators.unexplainedRed', { count: ind.unexplainedRed })}
                  </span>
                ) : null}
              </th>
              {offTrack ? null : (
                <td className="cell-target">
                  <span className="cell-nowrap">{targetName(t, ind.attachedTo)}</span>
                  <span className="cell-statement">{ind.attachedTo.statement}</span>
                </td>
              )}
              <td className="cell-latest">
                {ind.latest ? (
                  <>
                    <span className="cell-value">
                      {formatValue(ind.latest.value, ind.unit, lang)}
                    </span>
                    <span className="cell-period">{periodLabel(t, ind.latest.period, lang)}</span>
                    {offTrack ? (
                      <span className="cell-period">
                        {t('indicators.plannedShort', {
                          value: formatValue(ind.latest.planned, ind.unit, lang),
                        })}
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="muted">{t('indicators.noValue')}</span>
                )}
              </td>
              <td className="cell-status">
                <RagBadge rag={ind.status} />
                {offTrack ? null : (
                  <span className="cell-trend">
                    <TrendArrow trend={ind.trend} />
                  </span>
                )}
              </td>
              {offTrack ? (
                <td>
                  <span className="cell-explanation">
                    {ind.latest?.explanation || (
                      <span className="muted">{t('indicators.noExplanation')}</span>
                    )}
                  </span>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
