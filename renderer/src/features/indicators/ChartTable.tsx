import { useTranslation } from 'react-i18next'
import type { ChartData } from './chart-data'
import { formatValue, periodLabel } from './indicator-format'
import { RagBadge } from './RagBadge'
import { formatDate } from '../../lib/format'
import { TableHead } from '../../components/TableHead'

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
  return (
    <details className="chart-table">
      <summary>{t('indicators.chart.showTable')}</summary>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('indicators.chart.tableCaption')}</caption>
          <TableHead
            columns={[
              t('indicators.chart.date'),
              t('indicators.chart.point'),
              t('indicators.chart.value'),
              t('indicators.columns.status'),
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td className="cell-nowrap">{formatDate(r.date, lang)}</td>
                <th scope="row">{r.what}</th>
                <td className="cell-nowrap">{formatValue(r.value, unit, lang)}</td>
                <td>{r.rag ? <RagBadge rag={r.rag} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
