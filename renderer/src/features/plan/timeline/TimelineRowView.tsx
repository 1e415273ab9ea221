import { memo, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanActivity } from '../../../../../shared/contract'
import { addDays, xOf, type TimelineZoom } from '../../../../../shared/domain/timeline-scale'
import { ROW_HEIGHT, type TimelineRow } from './timeline-rows'
import { formatDate } from '../../../lib/format'

/** Dates being changed with the keyboard and not saved yet. */
export interface DateDraft {
  id: number
  start: string
  end: string
}

interface TimelineRowViewProps {
  row: TimelineRow
  index: number
  count: number
  /** Offset from the top of the list, from the virtualiser. */
  top: number
  origin: string
  zoom: TimelineZoom
  chartWidth: number
  draft: DateDraft | null
  numbers: Map<number, string>
  helpId: string
  onOpen(activity: PlanActivity): void
  onKey(activity: PlanActivity, event: KeyboardEvent<HTMLButtonElement>): void
  onBlur(activity: PlanActivity): void
}

/** Bar id, so focus can come back to it after a save. */
export const barId = (id: number) => `tl-bar-${id}`

/** One row: its label in the sticky first column, and its bar, progress and milestones. */
export const TimelineRowView = memo(function TimelineRowView(props: TimelineRowViewProps) {
  const { t, i18n } = useTranslation()
  const { row, origin, zoom } = props
  const date = (d: string | null) => formatDate(d, i18n.language)
  const span = (start: string, end: string) => {
    const x = xOf(start, origin, zoom)
    // The end date is the last day of work, so the bar runs to the end of that day.
    return { x, w: Math.max(xOf(addDays(end, 1), origin, zoom) - x, 4) }
  }
  /** The row's place in the list (only the rows in view exist) and its position. */
  const rowProps = (kind: 'project' | 'activity') => ({
    role: 'listitem',
    'aria-setsize': props.count,
    'aria-posinset': props.index + 1,
    className: `tl-row tl-row-${kind}`,
    style: { transform: `translateY(${props.top}px)`, blockSize: ROW_HEIGHT },
  })

  if (row.kind === 'project') {
    const label = row.project
      ? `${row.project.code} · ${row.project.title}`
      : t('plan.timeline.noProject')
    const bar = row.start && row.end ? span(row.start, row.end) : null
    return (
      <div {...rowProps('project')}>
        <div className="tl-label">
          <span className="tl-label-text">{label}</span>
        </div>
        <div className="tl-lane" style={{ inlineSize: props.chartWidth }}>
          {bar ? (
            <span
              className="tl-project-bar"
              style={{ insetInlineStart: bar.x, inlineSize: bar.w }}
              role="img"
              aria-label={t('plan.timeline.projectSpan', {
                name: label,
                start: date(row.start),
                end: date(row.end),
                count: row.count,
              })}
            />
          ) : null}
        </div>
      </div>
    )
  }

  const a = row.activity
  const draft = props.draft?.id === a.id ? props.draft : null
  const start = draft?.start ?? a.plannedStart
  const end = draft?.end ?? a.plannedEnd
  const bar = span(start, end)
  const prerequisites = a.dependsOn.map((d) => props.numbers.get(d) ?? '').filter(Boolean)
  const label = [
    t('plan.timeline.barLabel', {
      number: a.number,
      title: a.title,
      start: date(start),
      end: date(end),
      status: t(`plan.activity.statuses.${a.status}`),
      percent: a.percentComplete,
    }),
    row.late ? t('plan.late') : '',
    prerequisites.length ? t('plan.timeline.dependsOn', { list: prerequisites.join(', ') }) : '',
    draft ? t('plan.timeline.unsaved') : '',
  ]
    .filter(Boolean)
    .join('. ')
  return (
    <div {...rowProps('activity')}>
      <div className="tl-label">
        <span className="tl-label-number">{a.number}</span>
        <span className="tl-label-text" title={a.title}>
          {a.title}
        </span>
      </div>
      <div className="tl-lane" style={{ inlineSize: props.chartWidth }}>
        <button
          type="button"
          id={barId(a.id)}
          className={`tl-bar tl-bar-${a.status}${row.late ? ' tl-bar-late' : ''}${draft ? ' tl-bar-draft' : ''}`}
          style={{ insetInlineStart: bar.x, inlineSize: bar.w }}
          aria-label={label}
          aria-describedby={props.helpId}
          data-start={start}
          data-end={end}
          onClick={() => props.onOpen(a)}
          onKeyDown={(e) => props.onKey(a, e)}
          onBlur={() => props.onBlur(a)}
        >
          <span className="tl-bar-done" style={{ inlineSize: `${a.percentComplete}%` }} />
        </button>
        {a.milestones.map((m) => (
          <span
            key={m.id}
            className={`tl-milestone${m.achievedDate ? ' tl-milestone-met' : ''}`}
            style={{ insetInlineStart: xOf(m.dueDate, origin, zoom) }}
            role="img"
            aria-label={t(
              m.achievedDate ? 'plan.timeline.milestoneMet' : 'plan.timeline.milestone',
              {
                title: m.title,
                due: date(m.dueDate),
                met: date(m.achievedDate),
              },
            )}
            title={m.title}
          />
        ))}
      </div>
    </div>
  )
})
