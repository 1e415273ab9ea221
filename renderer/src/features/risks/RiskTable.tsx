import { Button } from 'react-aria-components'
import type { Risk, RiskMatrix } from '../../../../shared/contract'
import { BandChip, RiskFlags, TrendMark } from './RiskMarks'
import { categoryLabel, formatDay, targetShort, useRiskText } from './risk-text'

interface RiskTableProps {
  risks: Risk[]
  matrices: Map<number, RiskMatrix>
  onEdit(risk: Risk): void
  onHistory(risk: Risk): void
}

/** The register: one row per risk, with its ratings, trend, review date and what is overdue. */
export function RiskTable({ risks, matrices, onEdit, onHistory }: RiskTableProps) {
  const { t, language } = useRiskText()
  return (
    <div className="table-wrap">
      <table className="data-table risk-table">
        <caption className="visually-hidden">{t('risks.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risks.columns.code')}</th>
            <th scope="col">{t('risks.columns.risk')}</th>
            <th scope="col">{t('risks.columns.owner')}</th>
            <th scope="col">{t('risks.columns.inherent')}</th>
            <th scope="col">{t('risks.columns.residual')}</th>
            <th scope="col">{t('risks.columns.nextReview')}</th>
            <th scope="col">{t('risks.columns.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('risks.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {risks.map((r) => {
            const matrix = matrices.get(r.matrixItemId)
            return (
              <tr key={r.id} data-risk-id={r.id}>
                <td className="cell-code">{r.code}</td>
                <th scope="row" className="cell-title">
                  <span className="risk-title">{r.title}</span>
                  <span className="risk-meta">
                    {categoryLabel(t, r.category)} · {targetShort(t, r.target)}
                  </span>
                  <RiskFlags risk={r} />
                </th>
                <td className="cell-owner">{r.owner}</td>
                <td>
                  <BandChip matrix={matrix} score={r.inherentScore} />
                </td>
                <td className="cell-nowrap">
                  <BandChip matrix={matrix} score={r.residualScore} /> <TrendMark trend={r.trend} />
                </td>
                <td className="cell-nowrap cell-review">
                  <span className={r.reviewOverdue ? 'date-overdue' : undefined}>
                    {formatDay(r.nextReview, language)}
                  </span>
                  {r.reviewOverridden ? (
                    <span className="risk-meta">{t('risks.flags.overridden')}</span>
                  ) : null}
                </td>
                <td>
                  <span className={`badge badge-risk-${r.status}`}>
                    {t(`risks.statuses.${r.status}`)}
                  </span>
                </td>
                <td className="cell-actions">
                  <div className="row-buttons">
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('risks.editAction', { code: r.code })}
                      onPress={() => onEdit(r)}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('risks.historyAction', { code: r.code })}
                      onPress={() => onHistory(r)}
                    >
                      {t('risks.history')}
                    </Button>
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
