import { useTranslation } from 'react-i18next'
import type { Rag, Trend } from '../../../../shared/contract'

// A shape per status as well as a colour and a word: nothing relies on colour alone.
const SYMBOL: Record<Rag, string> = { red: '■', amber: '▲', green: '●', grey: '○' }

/** The status as a badge: symbol, word and colour ("Red – off track"). */
export function RagBadge({ rag, short = false }: { rag: Rag; short?: boolean }) {
  const { t } = useTranslation()
  return (
    <span className={`rag-badge rag-${rag}`} data-rag={rag}>
      <span aria-hidden="true" className="rag-symbol">
        {SYMBOL[rag]}
      </span>
      {t(short ? `indicators.ragShort.${rag}` : `indicators.rag.${rag}`)}
    </span>
  )
}

const ARROW = { up: '↑', down: '↓', flat: '→' } as const

/** Which way the latest value moved and whether that is good, in words beside the arrow. */
export function TrendArrow({ trend }: { trend: Trend | null }) {
  const { t } = useTranslation()
  if (!trend) return <span className="muted">{t('indicators.trend.none')}</span>
  const verdict = trend.improving === null ? 'steady' : trend.improving ? 'improving' : 'worsening'
  return (
    <span className={`trend trend-${verdict}`} data-trend={verdict}>
      <span aria-hidden="true" className="trend-arrow">
        {ARROW[trend.movement]}
      </span>
      <span className="visually-hidden">{t(`indicators.trend.${trend.movement}`)} </span>
      {t(`indicators.trend.${verdict}`)}
    </span>
  )
}
