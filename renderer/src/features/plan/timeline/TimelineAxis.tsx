import { useTranslation } from 'react-i18next'
import {
  xOf,
  type TimelineTick,
  type TimelineZoom,
} from '../../../../../shared/domain/timeline-scale'

interface TimelineAxisProps {
  ticks: TimelineTick[]
  origin: string
  zoom: TimelineZoom
  width: number
  today: string
}

const monthName = (language: string, month: number) =>
  new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, month - 1, 1)),
  )

/** The two-tier time axis: years above, months or quarters below, and the "Today" flag. */
export function TimelineAxis({ ticks, origin, zoom, width, today }: TimelineAxisProps) {
  const { t, i18n } = useTranslation()
  const years: { year: number; x: number; w: number }[] = []
  for (const tick of ticks) {
    const x = xOf(tick.start, origin, zoom)
    const w = xOf(tick.next, origin, zoom) - x
    const last = years.at(-1)
    if (last && last.year === tick.year) last.w += w
    else years.push({ year: tick.year, x, w })
  }
  return (
    <div className="tl-axis" style={{ inlineSize: width }} aria-hidden="true">
      <div className="tl-axis-tier">
        {years.map((y) => (
          <span
            key={y.year}
            className="tl-axis-year"
            style={{ insetInlineStart: y.x, inlineSize: y.w }}
          >
            <span className="tl-axis-year-text">{y.year}</span>
          </span>
        ))}
      </div>
      <div className="tl-axis-tier">
        {ticks.map((tick) => {
          const x = xOf(tick.start, origin, zoom)
          return (
            <span
              key={tick.start}
              className="tl-axis-unit"
              style={{ insetInlineStart: x, inlineSize: xOf(tick.next, origin, zoom) - x }}
            >
              {zoom === 'quarter'
                ? t('plan.timeline.quarter', { n: tick.index })
                : monthName(i18n.language, tick.index)}
            </span>
          )
        })}
      </div>
      <span className="tl-today-flag" style={{ insetInlineStart: xOf(today, origin, zoom) }}>
        {t('plan.timeline.today')}
      </span>
    </div>
  )
}
