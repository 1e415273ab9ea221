import { useEffect, useState } from 'react'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import type { AppError, RiskDetail, RiskMatrix } from '../../../../shared/contract'
import { matrixSize } from '../../../../shared/domain/risk-rating'
import { ErrorNotice } from '../../components/Notice'
import { formatDate, formatDateTime } from '../../lib/format'
import { useRisksStore } from '../../stores/risks-store'
import { categoryLabel, targetLabel, useRiskText } from './risk-text'
import { BandChip, RatingCell, RiskFlags, TrendMark } from './RiskMarks'
import { TableFrame } from '../../components/TableFrame'

const DAY = 86_400_000

interface DotProps {
  cx?: number
  cy?: number
  index?: number
  payload?: { rated: boolean }
}

// Dots mark real ratings only, not the point that carries the last one on to today.
const ratingDot = (r: number, fill: string, stroke: string) =>
  function RatingDot({ cx, cy, index, payload }: DotProps) {
    if (cx === undefined || cy === undefined || !payload?.rated) return <g key={`none-${index}`} />
    return (
      <circle
        key={`dot-${index}`}
        cx={cx}
        cy={cy}
        r={r}
        fill={fill}
        stroke={stroke}
        strokeWidth={2}
      />
    )
  }
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

/** A risk's ratings over time: a step chart of inherent and residual scores, and the table of who and why. */
export function RiskHistory({
  riskId,
  matrix,
  today,
}: {
  riskId: number
  matrix: RiskMatrix | undefined
  today: string
}) {
  const { t, language } = useRiskText()
  const [detail, setDetail] = useState<RiskDetail | null>(null)
  const [error, setError] = useState<AppError | null>(null)

  useEffect(() => {
    let live = true
    void useRisksStore
      .getState()
      .get(riskId)
      .then((r) => {
        if (!live) return
        if (r.ok) setDetail(r.value)
        else setError(r.error)
      })
    return () => {
      live = false
    }
  }, [riskId])

  if (error) return <ErrorNotice error={error} />
  if (!detail)
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    )

  const points = detail.ratings.map((r) => ({
    t: ms(r.ratedOn),
    inherent: r.inherentScore,
    residual: r.residualScore,
    rated: true,
  }))
  // The last rating holds until today: carry it to the right edge so the last step shows.
  const last = points.at(-1)
  if (last && ms(today) > last.t) points.push({ ...last, t: ms(today), rated: false })
  const max = matrix ? matrixSize(matrix).likelihood * matrixSize(matrix).impact : 25
  const first = points[0]?.t ?? ms(today)
  const domain: [number, number] = [first - 15 * DAY, Math.max(ms(today), first + 30 * DAY)]
  const step = Math.max(1, Math.ceil(max / 5))
  const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step)
  const day = (v: number) => formatDate(new Date(v).toISOString().slice(0, 10), language)

  return (
    <div className="risk-history">
      <div className="history-summary">
        <p className="risk-meta">
          {categoryLabel(t, detail.category)} · {targetLabel(t, detail.target)} ·{' '}
          {t('risks.historyView.owner', { owner: detail.owner })}
        </p>
        <p className="history-scores">
          {t('risks.historyView.now')} <BandChip matrix={matrix} score={detail.residualScore} />{' '}
          <TrendMark trend={detail.trend} />
        </p>
        <RiskFlags risk={detail} />
      </div>
      <figure className="history-figure">
        <figcaption className="history-caption">{t('risks.historyView.chartTitle')}</figcaption>
        <div
          role="img"
          aria-label={t('risks.historyView.chartLabel', { count: detail.ratings.length })}
        >
          <ResponsiveContainer width="100%" height={240}>
            <LineChart
              data={points}
              margin={{ top: 8, right: 24, bottom: 4, left: 0 }}
              accessibilityLayer={false}
            >
              {matrix?.bands.map((b) => (
                <ReferenceArea
                  key={b.code}
                  y1={b.minScore - 0.5}
                  y2={b.maxScore + 0.5}
                  fill={b.colour}
                  fillOpacity={0.12}
                  ifOverflow="hidden"
                />
              ))}
              <CartesianGrid stroke="#e1e4e8" vertical={false} />
              <XAxis
                type="number"
                dataKey="t"
                domain={domain}
                tickFormatter={day}
                stroke="#4b5563"
                tickCount={5}
              />
              <YAxis domain={[0, max]} ticks={ticks} stroke="#4b5563" width={40} />
              <Legend />
              <Line
                type="stepAfter"
                dataKey="inherent"
                name={t('risks.historyView.inherent')}
                stroke="#5b6470"
                strokeDasharray="5 4"
                strokeWidth={2}
                dot={ratingDot(3, '#ffffff', '#5b6470')}
                isAnimationActive={false}
              />
              <Line
                type="stepAfter"
                dataKey="residual"
                name={t('risks.historyView.residual')}
                stroke="#1f3a68"
                strokeWidth={3}
                dot={ratingDot(4, '#1f3a68', '#1f3a68')}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <TableFrame
        caption={t('risks.historyView.caption', { code: detail.code })}
        className="history-table"
        columns={[
          t('risks.historyView.ratedOn'),
          t('risks.historyView.inherent'),
          t('risks.historyView.residual'),
          t('risks.historyView.reason'),
          t('risks.historyView.ratedBy'),
        ]}
      >
        {[...detail.ratings].reverse().map((r, i, all) => (
          <tr key={r.id}>
            <th scope="row" className="cell-nowrap">
              {formatDate(r.ratedOn, language)}
            </th>
            <RatingCell
              matrix={matrix}
              score={r.inherentScore}
              likelihood={r.inherentLikelihood}
              impact={r.inherentImpact}
            />
            <RatingCell
              matrix={matrix}
              score={r.residualScore}
              likelihood={r.residualLikelihood}
              impact={r.residualImpact}
            />
            <td>{r.reason || (i === all.length - 1 ? t('risks.historyView.first') : '')}</td>
            <td>
              {r.ratedBy}
              <span className="risk-meta">
                {t('risks.historyView.recorded', { at: formatDateTime(r.ratedAt, language) })}
              </span>
            </td>
          </tr>
        ))}
      </TableFrame>
    </div>
  )
}
