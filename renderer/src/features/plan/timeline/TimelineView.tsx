import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanActivity, PlanData } from '../../../../../shared/contract'
import { timelineTicks, xOf, type TimelineZoom } from '../../../../../shared/domain/timeline-scale'
import { ModalDialog } from '../../../components/ModalDialog'
import { RadioChoice } from '../../../components/RadioChoice'
import { ActivityForm } from '../activity/ActivityForm'
import { PlanErrorNotice } from '../plan-errors'
import { DatesForm } from './DatesDialog'
import { planRange, ROW_HEIGHT, timelineRows } from './timeline-rows'
import { TimelineAxis } from './TimelineAxis'
import { TimelineLinks } from './TimelineLinks'
import { barId, TimelineRowView } from './TimelineRowView'
import { useBarKeys } from './use-bar-keys'
import { PlanSection } from '../PlanSection'

const HELP_ID = 'timeline-keyboard-help'
const ZOOMS: TimelineZoom[] = ['month', 'quarter']
const LABEL_WIDTH = 320
/** Height of the sticky axis above the rows (see .tl-head in plan.css). */
const HEAD_HEIGHT = 56

type Open = { type: 'none' } | { type: 'dates' | 'form'; activity: PlanActivity }

/** The Gantt view: projects and their activities as bars in time, with links and milestones. */
export function TimelineView({
  plan,
  onNotice,
}: {
  plan: PlanData
  onNotice(message: string | null): void
}) {
  const { t } = useTranslation()
  const [zoom, setZoom] = useState<TimelineZoom>('month')
  const [open, setOpen] = useState<Open>({ type: 'none' })
  const [announcement, setAnnouncement] = useState('')
  const { draft, failure, onKey, onBlur } = useBarKeys(setAnnouncement)
  const scroller = useRef<HTMLDivElement>(null)

  const rows = useMemo(() => timelineRows(plan), [plan])
  const range = useMemo(() => planRange(plan, zoom), [plan, zoom])
  const ticks = useMemo(() => timelineTicks(range, zoom), [range, zoom])
  const chartWidth = xOf(range.end, range.start, zoom)
  const numbers = useMemo(() => new Map(plan.activities.map((a) => [a.id, a.number])), [plan])
  const rowOf = useMemo(() => {
    const m = new Map<number, number>()
    rows.forEach((r, i) => r.kind === 'activity' && m.set(r.activity.id, i))
    return m
  }, [rows])

  // Only the rows in view (and a few either side) exist, so hundreds of activities stay fast.
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be used this way
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEAD_HEIGHT,
  })
  const bodyHeight = virtualizer.getTotalSize()

  // Open on today, a little to its left, the first time and whenever the zoom changes.
  useEffect(() => {
    const el = scroller.current
    if (el) el.scrollLeft = Math.max(0, xOf(plan.today, range.start, zoom) - 160)
  }, [zoom]) // eslint-disable-line react-hooks/exhaustive-deps

  const openDates = useCallback(
    (activity: PlanActivity) => {
      onNotice(null)
      setOpen({ type: 'dates', activity })
    },
    [onNotice],
  )
  const close = () => setOpen({ type: 'none' })
  const saved = (message: string, id: number) => {
    close()
    onNotice(message)
    window.setTimeout(() => document.getElementById(barId(id))?.focus(), 0)
  }
  const current = open.type === 'none' ? null : open.activity

  return (
    <PlanSection
      name="timeline"
      heading={t('plan.timeline.heading')}
      help={t('plan.timeline.keyboardHelp')}
      helpId={HELP_ID}
      action={
        <RadioChoice
          label={t('plan.timeline.zoom')}
          options={ZOOMS.map((z) => ({ id: z, label: t(`plan.timeline.zooms.${z}`) }))}
          value={zoom}
          onChange={setZoom}
        />
      }
    >
      <div className="tl-legend" aria-hidden="true">
        <span className="tl-key tl-key-progress">{t('plan.timeline.legend.progress')}</span>
        <span className="tl-key tl-key-late">{t('plan.late')}</span>
        <span className="tl-key tl-key-milestone">{t('plan.timeline.legend.milestone')}</span>
        <span className="tl-key tl-key-link">{t('plan.timeline.legend.link')}</span>
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <PlanErrorNotice t={t} error={failure} />
      {plan.activities.length === 0 ? (
        <p className="empty">{t('plan.timeline.empty')}</p>
      ) : (
        <div
          ref={scroller}
          className="tl-scroller"
          role="region"
          aria-label={t('plan.timeline.region')}
          tabIndex={0}
          data-zoom={zoom}
        >
          <div className="tl-canvas" style={{ inlineSize: LABEL_WIDTH + chartWidth }}>
            <div className="tl-head">
              <div className="tl-corner">{t('plan.timeline.corner')}</div>
              <TimelineAxis
                ticks={ticks}
                origin={range.start}
                zoom={zoom}
                width={chartWidth}
                today={plan.today}
              />
            </div>
            <div className="tl-body" style={{ blockSize: bodyHeight }}>
              <div className="tl-grid" style={{ inlineSize: chartWidth }} aria-hidden="true">
                {ticks.map((tick) => (
                  <span
                    key={tick.start}
                    className={tick.index === 1 ? 'tl-gridline tl-gridline-year' : 'tl-gridline'}
                    style={{ insetInlineStart: xOf(tick.start, range.start, zoom) }}
                  />
                ))}
                <span
                  className="tl-today"
                  style={{ insetInlineStart: xOf(plan.today, range.start, zoom) }}
                />
              </div>
              <TimelineLinks
                activities={plan.activities}
                rowOf={rowOf}
                origin={range.start}
                zoom={zoom}
                width={chartWidth}
                height={bodyHeight}
              />
              <div role="list" aria-label={t('plan.timeline.list')} className="tl-list">
                {virtualizer.getVirtualItems().map((v) => (
                  <TimelineRowView
                    key={rows[v.index]!.key}
                    row={rows[v.index]!}
                    index={v.index}
                    count={rows.length}
                    top={v.start - HEAD_HEIGHT}
                    origin={range.start}
                    zoom={zoom}
                    chartWidth={chartWidth}
                    draft={draft}
                    numbers={numbers}
                    helpId={HELP_ID}
                    onOpen={openDates}
                    onKey={onKey}
                    onBlur={onBlur}
                  />
                ))}
              </div>
            </div>
          </div>
        </div>
      )}
      <ModalDialog
        title={current ? t('plan.timeline.datesTitle', { number: current.number }) : ''}
        isOpen={open.type === 'dates'}
        onClose={close}
      >
        {open.type === 'dates' ? (
          <DatesForm
            activity={open.activity}
            onCancel={close}
            onSaved={(m) => saved(m, open.activity.id)}
            onOpenForm={() => setOpen({ type: 'form', activity: open.activity })}
          />
        ) : null}
      </ModalDialog>
      <ModalDialog
        title={current ? t('plan.activity.editTitle', { number: current.number }) : ''}
        isOpen={open.type === 'form'}
        onClose={close}
        size="large"
      >
        {open.type === 'form' ? (
          <ActivityForm
            plan={plan}
            activity={open.activity}
            onCancel={close}
            onSaved={(m, id) => saved(m, id)}
          />
        ) : null}
      </ModalDialog>
    </PlanSection>
  )
}
