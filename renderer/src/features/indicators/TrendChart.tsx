import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import type { IndicatorDetail, Rag } from '../../../../shared/contract'
import { chartData, type ActualChartPoint, type PlanChartPoint } from './chart-data'
import { ChartTable } from './ChartTable'
import { formatNumber, formatValue, periodLabel } from './indicator-format'
import { formatDate } from '../../lib/format'

// Colours with at least 3:1 contrast on white; the table and the badges carry the same facts.
const RAG_COLOUR: Record<Rag, string> = {
  red: '#b42318',
  amber: '#a15c07',
  green: '#1a6b34',
  grey: '#5b6470',
}
const ACTUAL_COLOUR = '#1f3a68'
const PLAN_COLOUR = '#5b6470'

interface DotProps {
  cx?: number
  cy?: number
  payload?: ActualChartPoint
  index?: number
}

// Each actual is drawn in its status colour, with the status's shape (square, triangle, circle).
function StatusDot({ cx, cy, payload, index }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null
  const fill = RAG_COLOUR[payload.rag]
  const key = `dot-${index}`
  if (payload.rag === 'red')
    return <rect key={key} x={cx - 4} y={cy - 4} width={8} height={8} fill={fill} />
  if (payload.rag === 'amber')
    return (
      <path
        key={key}
        d={`M${cx},${cy - 5} L${cx + 5},${cy + 4} L${cx - 5},${cy + 4} Z`}
        fill={fill}
      />
    )
  return <circle key={key} cx={cx} cy={cy} r={4} fill={fill} stroke="#ffffff" strokeWidth={1} />
}

/** Actual values against the planned path baseline → milestones → target, with a data table. */
export function TrendChart({ detail }: { detail: IndicatorDetail }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const data = useMemo(() => chartData(detail), [detail])
  const unit = detail.indicator.unit
  const year = (ms: number) => String(new Date(ms).getUTCFullYear())

  function renderTooltip({ active, payload }: TooltipContentProps) {
    const point = (active ? payload?.[0]?.payload : undefined) as
      ActualChartPoint | PlanChartPoint | undefined
    if (!point) return null
    if ('period' in point) {
      const a = point as ActualChartPoint
      return (
        <div className="chart-tooltip">
          <strong>{periodLabel(t, a.period, lang)}</strong>
          <div>
            {t('indicators.chart.actualValue', { value: formatValue(a.value, unit, lang) })}
          </div>
          <div>
            {t('indicators.chart.plannedValue', { value: formatValue(a.planned, unit, lang) })}
          </div>
          <div>{t(`indicators.rag.${a.rag}`)}</div>
        </div>
      )
    }
    const p = point as PlanChartPoint
    return (
      <div className="chart-tooltip">
        <strong>{t(`indicators.chart.${p.kind}`)}</strong>
        <div>{formatDate(p.date, lang)}</div>
        <div>{formatValue(p.value, unit, lang)}</div>
      </div>
    )
  }

  return (
    <figure className="trend-figure">
      <figcaption className="visually-hidden">
        {t('indicators.chart.caption', { name: detail.indicator.name })}
      </figcaption>
      <div
        className="trend-chart"
        role="img"
        aria-label={t('indicators.chart.summary', {
          count: data.actual.length,
          name: detail.indicator.name,
        })}
      >
        <ResponsiveContainer width="100%" height={300}>
          <LineChart margin={{ top: 12, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e1e4e8" vertical={false} />
            <XAxis
              type="number"
              dataKey="t"
              domain={data.domain}
              ticks={data.yearTicks}
              tickFormatter={year}
              stroke="#4b5563"
            />
            <YAxis
              stroke="#4b5563"
              width={72}
              tickFormatter={(v: number) => formatNumber(v, lang)}
              domain={['auto', 'auto']}
            />
            <Tooltip content={renderTooltip} />
            <Line
              data={data.planned}
              dataKey="value"
              name={t('indicators.chart.plannedPath')}
              stroke={PLAN_COLOUR}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={{ r: 3, fill: PLAN_COLOUR }}
              isAnimationActive={false}
            />
            <Line
              data={data.actual}
              dataKey="value"
              name={t('indicators.chart.actual')}
              stroke={ACTUAL_COLOUR}
              strokeWidth={2}
              dot={StatusDot}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend" aria-label={t('indicators.chart.legend')}>
        <li>
          <span className="legend-line legend-actual" aria-hidden="true" />
          {t('indicators.chart.actual')}
        </li>
        <li>
          <span className="legend-line legend-planned" aria-hidden="true" />
          {t('indicators.chart.plannedPath')}
        </li>
      </ul>
      <ChartTable data={data} unit={unit} />
    </figure>
  )
}
