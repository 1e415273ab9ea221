import type { Risk, RiskMatrix, RiskTrend } from '../../../../shared/contract'
import { textColourOn } from '../../../../shared/domain/risk-rating'
import { bandOfScore, useRiskText } from './risk-text'
import { formatDate } from '../../lib/format'

/** A score with its band, coloured like the heat map, e.g. "12 High". */
export function BandChip({ matrix, score }: { matrix: RiskMatrix | undefined; score: number }) {
  const { local } = useRiskText()
  const band = bandOfScore(matrix, score)
  if (!band) return <span className="band-chip">{score}</span>
  return (
    <span
      className="band-chip"
      style={{ backgroundColor: band.colour, color: textColourOn(band.colour) }}
    >
      <span className="band-chip-score">{score}</span> {local(band.name)}
    </span>
  )
}

const ARROWS: Record<RiskTrend, string> = { up: '▲', same: '▶', down: '▼', new: '•' }

/** Trend arrow with its meaning in words for screen readers (and as a tooltip). */
export function TrendMark({ trend }: { trend: RiskTrend }) {
  const { t } = useRiskText()
  const words = t('risks.trendLabel', { trend: t(`risks.trend.${trend}`) })
  return (
    <span className={`trend trend-${trend}`} title={words}>
      <span aria-hidden="true">{ARROWS[trend]}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  )
}

/** What needs attention on a risk: overdue review, lapsed acceptance, overdue actions, integrity. */
export function RiskFlags({ risk }: { risk: Risk }) {
  const { t, language } = useRiskText()
  const flags: { key: string; text: string; tone: 'alert' | 'info' }[] = []
  if (risk.acceptance === 'expired')
    flags.push({ key: 'expired', text: t('risks.flags.acceptanceExpired'), tone: 'alert' })
  else if (risk.reviewOverdue)
    flags.push({ key: 'review', text: t('risks.flags.reviewOverdue'), tone: 'alert' })
  if (risk.overdueActionCount > 0)
    flags.push({
      key: 'actions',
      text: t('risks.flags.actionsOverdue', { count: risk.overdueActionCount }),
      tone: 'alert',
    })
  if (risk.acceptance === 'valid' && risk.acceptedUntil)
    flags.push({
      key: 'accepted',
      text: t('risks.flags.accepted', { date: formatDate(risk.acceptedUntil, language) }),
      tone: 'info',
    })
  if (risk.integrity)
    flags.push({ key: 'integrity', text: t('risks.flags.integrity'), tone: 'info' })
  if (flags.length === 0) return null
  return (
    <ul className="risk-flags">
      {flags.map((f) => (
        <li key={f.key} className={`risk-flag risk-flag-${f.tone}`}>
          {f.text}
        </li>
      ))}
    </ul>
  )
}

/** A rating's band with its likelihood and impact levels under it. */
export function RatingCell(props: {
  matrix: RiskMatrix | undefined
  score: number
  likelihood: number
  impact: number
}) {
  const { t } = useRiskText()
  return (
    <td className="cell-nowrap">
      <BandChip matrix={props.matrix} score={props.score} />
      <span className="risk-meta">
        {t('risks.levels', { likelihood: props.likelihood, impact: props.impact })}
      </span>
    </td>
  )
}
