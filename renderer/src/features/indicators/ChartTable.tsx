import { useTranslation } from 'react-i18next'
import type { ChartData } from './chart-data'
import { formatValue, periodLabel } from './indicator-format'
import { RagBadge } from './RagBadge'
import { formatDate } from '../../lib/format'
import { DataTable, type Column } from '../../components/DataTable'

/** Every point of the chart in date order, for people who cannot see or hover the chart. */
export function ChartTable({ data, unit }: { data: ChartData; unit: string }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const rows = [
    ...data.planned.map((p) => ({
      key: `p-${p.t}`,
      t: p.t,
      date: p.date,
      what: t(`indicators.chart.${p.kind}`),
      value: p.value,
      rag: null,
    })),
    ...data.actual.map((a) => ({
      key: `a-${a.period}`,
      t: a.t,
      date: a.date,
      what: t('indicators.chart.actualFor', { period: periodLabel(t, a.period, lang) }),
      value: a.value,
      rag: a.rag,
    })),
  ].sort((a, b) => a.t - b.t || (a.rag === null ? -1 : 1))
  const columns: Column<(typeof rows)[number]>[] = [
    {
      id: 'date',
      header: t('indicators.chart.date'),
      className: 'cell-nowrap',
      cell: (r) => formatDate(r.date, lang),
    },
    { id: 'point', header: t('indicators.chart.point'), rowHeader: true, cell: (r) => r.what },
    {
      id: 'value',
      header: t('indicators.chart.value'),
      className: 'cell-nowrap',
      cell: (r) => formatValue(r.value, unit, lang),
    },
    {
      id: 'status',
      header: t('indicators.columns.status'),
      cell: (r) => (r.rag ? <RagBadge rag={r.rag} /> : null),
    },
  ]
  return (
    <details className="chart-table">
      <summary>{t('indicators.chart.showTable')}</summary>
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(r) => r.key}
        caption={t('indicators.chart.tableCaption')}
      />
    </details>
  )
}
