import { memo } from 'react'
import type { PlanActivity } from '../../../../../shared/contract'
import { addDays, xOf, type TimelineZoom } from '../../../../../shared/domain/timeline-scale'
import { ROW_HEIGHT } from './timeline-rows'

/** The arrow heads of a link, kept and broken (by the dates), with their styles. */
const MARKERS = [
  ['tl-arrow', 'tl-arrow-head'],
  ['tl-arrow-broken', 'tl-arrow-head-broken'],
] as const

interface TimelineLinksProps {
  activities: PlanActivity[]
  /** Row index of each activity in the timeline. */
  rowOf: Map<number, number>
  origin: string
  zoom: TimelineZoom
  width: number
  height: number
}

/**
 * Finish-to-start arrows from each prerequisite's end to its dependant's start. All links are
 * drawn (paths are cheap) even though only visible rows are; a link whose dependant starts
 * before its prerequisite ends is drawn in the warning colour.
 */
export const TimelineLinks = memo(function TimelineLinks(props: TimelineLinksProps) {
  const { origin, zoom } = props
  const byId = new Map(props.activities.map((a) => [a.id, a]))
  const paths: { key: string; d: string; broken: boolean }[] = []
  for (const a of props.activities) {
    for (const p of a.dependsOn) {
      const before = byId.get(p)
      const from = props.rowOf.get(p)
      const to = props.rowOf.get(a.id)
      if (!before || from === undefined || to === undefined) continue
      const x1 = xOf(addDays(before.plannedEnd, 1), origin, zoom)
      const x2 = xOf(a.plannedStart, origin, zoom)
      const y1 = from * ROW_HEIGHT + ROW_HEIGHT / 2
      const y2 = to * ROW_HEIGHT + ROW_HEIGHT / 2
      const elbow = x1 + 6
      const d =
        x2 >= elbow + 4
          ? `M${x1} ${y1} H${elbow} V${y2} H${x2 - 1}`
          : // The dependant starts too early: loop back round to reach its start.
            `M${x1} ${y1} H${elbow} V${y2 - (y2 > y1 ? 14 : -14)} H${x2 - 8} V${y2} H${x2 - 1}`
      paths.push({ key: `${p}-${a.id}`, d, broken: a.plannedStart <= before.plannedEnd })
    }
  }
  return (
    <svg
      className="tl-links"
      width={props.width}
      height={props.height}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        {MARKERS.map(([id, className]) => (
          <marker
            key={id}
            id={id}
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0 0 L8 4 L0 8 z" className={className} />
          </marker>
        ))}
      </defs>
      {paths.map((p) => (
        <path
          key={p.key}
          d={p.d}
          className={p.broken ? 'tl-link tl-link-broken' : 'tl-link'}
          markerEnd={p.broken ? 'url(#tl-arrow-broken)' : 'url(#tl-arrow)'}
        />
      ))}
    </svg>
  )
})
