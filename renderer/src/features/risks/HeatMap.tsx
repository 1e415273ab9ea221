import { Label, Radio, RadioGroup, ToggleButton } from 'react-aria-components'
import type { CellFilter, RatingKind, Risk, RiskMatrix } from '../../../../shared/contract'
import { bandForScore, textColourOn } from '../../../../shared/domain/risk-rating'
import {
  cellKey,
  heatMapCounts,
  type RegisterFilter,
} from '../../../../shared/domain/risk-register'
import { useRiskText } from './risk-text'

interface HeatMapProps {
  matrix: RiskMatrix
  /** Risks on this matrix (the other filters are applied here). */
  risks: Risk[]
  filter: RegisterFilter
  rating: RatingKind
  onRating(rating: RatingKind): void
  onCell(cell: CellFilter | null): void
}

// Empty cells keep their band's hue, paled, so the band regions stay visible without shouting.
function pale(hex: string): string {
  const n = parseInt(hex.slice(1), 16)
  const mix = (c: number) => Math.round(c + (255 - c) * 0.72)
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix)
  return `rgb(${r} ${g} ${b})`
}

/** Likelihood (rows, high to low) by impact (columns): risks per cell; a cell filters the register. */
export function HeatMap({ matrix, risks, filter, rating, onRating, onCell }: HeatMapProps) {
  const { t, local } = useRiskText()
  const counts = heatMapCounts(risks, rating, filter)
  const likelihood = [...matrix.likelihood].sort((a, b) => b.level - a.level)
  const impact = [...matrix.impact].sort((a, b) => a.level - b.level)
  const selected = filter.cell?.rating === rating ? filter.cell : null
  const ratingName = t(`risks.heatMap.${rating}`)
  return (
    <section className="risk-panel heat-map-panel" aria-labelledby="heat-map-heading">
      <div className="panel-header">
        <h2 id="heat-map-heading">{t('risks.heatMap.heading')}</h2>
        <RadioGroup
          className="segmented"
          orientation="horizontal"
          value={rating}
          onChange={(v) => onRating(v as RatingKind)}
        >
          <Label className="visually-hidden">{t('risks.heatMap.ratingLabel')}</Label>
          {(['inherent', 'residual'] as const).map((kind) => (
            <Radio key={kind} value={kind} className="segment">
              {t(`risks.heatMap.${kind}`)}
            </Radio>
          ))}
        </RadioGroup>
      </div>
      <div className="heat-map-frame">
        <span className="axis-label axis-likelihood" aria-hidden="true">
          {t('risks.heatMap.likelihood')}
        </span>
        <table className="heat-map">
          <caption className="visually-hidden">
            {t('risks.heatMap.caption', { matrix: local(matrix.name), rating: ratingName })}
          </caption>
          <thead>
            <tr>
              <td />
              {impact.map((i) => (
                <th key={i.level} scope="col" className="heat-col">
                  <span className="level-number">{i.level}</span>
                  <span className="level-name">{local(i.name)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {likelihood.map((l) => (
              <tr key={l.level}>
                <th scope="row" className="heat-row">
                  <span className="level-number">{l.level}</span>
                  <span className="level-name">{local(l.name)}</span>
                </th>
                {impact.map((i) => {
                  const count = counts.get(cellKey(l.level, i.level)) ?? 0
                  const band = bandForScore(matrix, l.level * i.level)
                  const colour = band?.colour ?? '#9aa3ad'
                  const isSelected = selected?.likelihood === l.level && selected.impact === i.level
                  const label = t('risks.heatMap.cellLabel', {
                    count,
                    likelihood: `${l.level} ${local(l.name)}`,
                    impact: `${i.level} ${local(i.name)}`,
                    band: band ? local(band.name) : '',
                  })
                  if (count === 0) {
                    return (
                      <td
                        key={i.level}
                        className="heat-cell heat-cell-empty"
                        style={{ backgroundColor: pale(colour) }}
                      >
                        <span className="visually-hidden">{label}</span>
                      </td>
                    )
                  }
                  return (
                    <td key={i.level} className="heat-cell" style={{ backgroundColor: colour }}>
                      <ToggleButton
                        className="heat-button"
                        style={{ color: textColourOn(colour) }}
                        aria-label={label}
                        isSelected={isSelected}
                        onChange={(on) =>
                          onCell(on ? { rating, likelihood: l.level, impact: i.level } : null)
                        }
                      >
                        {count}
                      </ToggleButton>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <span className="axis-label axis-impact" aria-hidden="true">
          {t('risks.heatMap.impact')}
        </span>
      </div>
      <p className="heat-hint muted">{t('risks.heatMap.hint')}</p>
      <ul className="band-legend" aria-label={t('risks.heatMap.legend')}>
        {matrix.bands.map((b) => (
          <li key={b.code}>
            <span
              className="band-swatch"
              style={{ backgroundColor: b.colour }}
              aria-hidden="true"
            />
            <span>
              <span className="band-legend-name">{local(b.name)}</span>
              <span className="band-legend-range">
                {t('risks.heatMap.bandRange', { min: b.minScore, max: b.maxScore })}
                {b.tolerable ? '' : ` · ${t('risks.heatMap.notTolerable')}`}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
