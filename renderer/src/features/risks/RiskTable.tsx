import { useMemo } from 'react'
import { Button } from 'react-aria-components'
import type { Risk, RiskMatrix } from '../../../../shared/contract'
import { DataTable, type Column } from '../../components/DataTable'
import { BandChip, RiskFlags, TrendMark } from './RiskMarks'
import { categoryLabel, targetShort, useRiskText } from './risk-text'
import { formatDate } from '../../lib/format'

interface RiskTableProps {
  risks: Risk[]
  matrices: Map<number, RiskMatrix>
  onEdit(risk: Risk): void
  onHistory(risk: Risk): void
}

/**
 * The register: one row per risk, with its ratings, trend, review date and what is overdue.
 * Long registers render only the rows in view; Edit and History stay visible at 1024 px.
 */
export function RiskTable({ risks, matrices, onEdit, onHistory }: RiskTableProps) {
  const { t, language } = useRiskText()
  const columns = useMemo<Column<Risk>[]>(
    () => [
      {
        id: 'code',
        header: t('risks.columns.code'),
        className: 'cell-code',
        cell: (r) => r.code,
        sortBy: (r) => r.code,
        filterText: (r) => r.code,
      },
      {
        id: 'risk',
        header: t('risks.columns.risk'),
        rowHeader: true,
        className: 'cell-title',
        filterText: (r) => r.title,
        cell: (r) => (
          <>
            <span className="risk-title">{r.title}</span>
            <span className="risk-meta">
              {categoryLabel(t, r.category)} · {targetShort(t, r.target)}
            </span>
            <RiskFlags risk={r} />
          </>
        ),
      },
      {
        id: 'owner',
        header: t('risks.columns.owner'),
        className: 'cell-owner',
        cell: (r) => r.owner,
        filterText: (r) => r.owner,
      },
      {
        id: 'inherent',
        header: t('risks.columns.inherent'),
        cell: (r) => <BandChip matrix={matrices.get(r.matrixItemId)} score={r.inherentScore} />,
      },
      {
        id: 'residual',
        header: t('risks.columns.residual'),
        className: 'cell-nowrap',
        cell: (r) => (
          <>
            <BandChip matrix={matrices.get(r.matrixItemId)} score={r.residualScore} />{' '}
            <TrendMark trend={r.trend} />
          </>
        ),
      },
      {
        id: 'nextReview',
        header: t('risks.columns.nextReview'),
        className: 'cell-nowrap cell-review',
        cell: (r) => (
          <>
            <span className={r.reviewOverdue ? 'date-overdue' : undefined}>
              {formatDate(r.nextReview, language)}
            </span>
            {r.reviewOverridden ? (
              <span className="risk-meta">{t('risks.flags.overridden')}</span>
            ) : null}
          </>
        ),
      },
      {
        id: 'status',
        header: t('risks.columns.status'),
        cell: (r) => (
          <span className={`badge badge-risk-${r.status}`}>{t(`risks.statuses.${r.status}`)}</span>
        ),
      },
      {
        id: 'actions',
        header: t('risks.columns.actions'),
        hideHeader: true,
        actions: true,
        cell: (r) => (
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
        ),
      },
    ],
    [t, language, matrices, onEdit, onHistory],
  )
  return (
    <DataTable
      rows={risks}
      columns={columns}
      rowKey={(r) => r.id}
      rowData={(r) => ({ 'risk-id': r.id })}
      caption={t('risks.caption')}
      className="risk-table"
      estimateRowHeight={88}
    />
  )
}
