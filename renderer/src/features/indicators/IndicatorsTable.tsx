import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorSummary, Rag } from '../../../../shared/contract'
import { DataTable, type Column } from '../../components/DataTable'
import { formatValue, periodLabel, targetName } from './indicator-format'
import { RagBadge, TrendArrow } from './RagBadge'
import { hrefFor } from './use-indicator-route'

interface IndicatorsTableProps {
  indicators: IndicatorSummary[]
  caption: string
  /** The off-track list shows what was planned and why the value is off instead of the trend. */
  offTrack?: boolean
}

/** Worst first when the status column is sorted. */
const RAG_ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2, grey: 3 }

/**
 * Code, name, where it hangs in the plan, latest value, status and trend of each indicator.
 * Long lists render only the rows in view; the full list can be sorted and filtered.
 */
export function IndicatorsTable({ indicators, caption, offTrack = false }: IndicatorsTableProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const columns = useMemo<Column<IndicatorSummary>[]>(() => {
    const value = (ind: IndicatorSummary, n: number) => formatValue(n, ind.unit, lang)
    const all: (Column<IndicatorSummary> | null)[] = [
      {
        id: 'code',
        header: t('indicators.columns.code'),
        className: 'cell-code',
        cell: (ind) => ind.code,
        sortBy: (ind) => ind.code,
        filterText: (ind) => ind.code,
      },
      {
        id: 'name',
        header: t('indicators.columns.name'),
        rowHeader: true,
        className: 'cell-title',
        sortBy: (ind) => ind.name,
        filterText: (ind) => ind.name,
        cell: (ind) => (
          <>
            <a href={hrefFor({ page: 'detail', id: ind.id })}>{ind.name}</a>
            {offTrack ? (
              <span className="cell-statement">{targetName(t, ind.attachedTo)}</span>
            ) : null}
            {ind.unexplainedRed > 0 ? (
              <span className="cell-note">
                {t('indicators.unexplainedRed', { count: ind.unexplainedRed })}
              </span>
            ) : null}
          </>
        ),
      },
      offTrack
        ? null
        : {
            id: 'attachedTo',
            header: t('indicators.columns.attachedTo'),
            className: 'cell-target',
            filterText: (ind) => `${targetName(t, ind.attachedTo)} ${ind.attachedTo.statement}`,
            cell: (ind) => (
              <>
                <span className="cell-nowrap">{targetName(t, ind.attachedTo)}</span>
                <span className="cell-statement">{ind.attachedTo.statement}</span>
              </>
            ),
          },
      {
        id: 'latest',
        header: t('indicators.columns.latest'),
        className: 'cell-latest',
        cell: (ind) =>
          ind.latest ? (
            <>
              <span className="cell-value">{value(ind, ind.latest.value)}</span>
              <span className="cell-period">{periodLabel(t, ind.latest.period, lang)}</span>
              {offTrack ? (
                <span className="cell-period">
                  {t('indicators.plannedShort', { value: value(ind, ind.latest.planned) })}
                </span>
              ) : null}
            </>
          ) : (
            <span className="muted">{t('indicators.noValue')}</span>
          ),
      },
      {
        id: 'status',
        header: offTrack ? t('indicators.columns.status') : t('indicators.columns.statusTrend'),
        className: 'cell-status',
        sortBy: (ind) => RAG_ORDER[ind.status],
        cell: (ind) => (
          <>
            <RagBadge rag={ind.status} />
            {offTrack ? null : (
              <span className="cell-trend">
                <TrendArrow trend={ind.trend} />
              </span>
            )}
          </>
        ),
      },
      offTrack
        ? {
            id: 'explanation',
            header: t('indicators.columns.explanation'),
            cell: (ind) => (
              <span className="cell-explanation">
                {ind.latest?.explanation || (
                  <span className="muted">{t('indicators.noExplanation')}</span>
                )}
              </span>
            ),
          }
        : null,
    ]
    return all.filter((c): c is Column<IndicatorSummary> => c !== null)
  }, [t, lang, offTrack])

  return (
    <DataTable
      rows={indicators}
      columns={columns}
      rowKey={(ind) => ind.id}
      rowData={(ind) => ({ 'indicator-id': ind.id, rag: ind.status })}
      caption={caption}
      className={`indicators-table${offTrack ? ' off-track-table' : ''}`}
      filterable={!offTrack && indicators.length > 10}
      estimateRowHeight={72}
    />
  )
}
