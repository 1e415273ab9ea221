import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError, PlanActivity } from '../../../../../shared/contract'
import { addDays } from '../../../../../shared/domain/timeline-scale'
import { usePlanStore } from '../../../stores/plan-store'
import { updateOf } from '../activity/activity-draft'
import { barId, type DateDraft } from './TimelineRowView'
import { formatDate } from '../../../lib/format'

/** One arrow press moves a bar by a week. */
const STEP_DAYS = 7

/**
 * Moving and resizing bars from the keyboard. Arrows change a draft shown on the bar (and
 * announced), Enter saves it through the activity's update channel, Escape or leaving the bar
 * drops it, so a stray key press never changes the plan.
 */
export function useBarKeys(announce: (message: string) => void) {
  const { t, i18n } = useTranslation()
  const updateActivity = usePlanStore((s) => s.updateActivity)
  const [draft, setDraft] = useState<DateDraft | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)
  const date = (d: string) => formatDate(d, i18n.language)

  async function save(a: PlanActivity, d: DateDraft): Promise<void> {
    const result = await updateActivity(updateOf(a, { plannedStart: d.start, plannedEnd: d.end }))
    setDraft(null)
    if (!result.ok) {
      setFailure(result.error)
      return
    }
    setFailure(null)
    announce(
      t('plan.timeline.saved', {
        number: result.value.number,
        start: date(d.start),
        end: date(d.end),
      }),
    )
    window.setTimeout(() => document.getElementById(barId(a.id))?.focus(), 0)
  }

  function onKey(a: PlanActivity, e: KeyboardEvent<HTMLButtonElement>): void {
    const current =
      draft?.id === a.id ? draft : { id: a.id, start: a.plannedStart, end: a.plannedEnd }
    const rtl = document.documentElement.dir === 'rtl'
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight'
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft'
    if (e.key === forward || e.key === backward) {
      e.preventDefault()
      const days = e.key === forward ? STEP_DAYS : -STEP_DAYS
      const next = e.shiftKey
        ? { ...current, end: maxDate(current.start, addDays(current.end, days)) }
        : { ...current, start: addDays(current.start, days), end: addDays(current.end, days) }
      setDraft(next)
      setFailure(null)
      announce(t('plan.timeline.draft', { start: date(next.start), end: date(next.end) }))
    } else if (e.key === 'Enter' && draft?.id === a.id) {
      // Enter on a bar with unsaved dates saves them instead of opening the editor.
      e.preventDefault()
      void save(a, draft)
    } else if (e.key === 'Escape' && draft?.id === a.id) {
      e.preventDefault()
      setDraft(null)
      announce(t('plan.timeline.cancelled'))
    }
  }

  function onBlur(a: PlanActivity): void {
    if (draft?.id === a.id) {
      setDraft(null)
      announce(t('plan.timeline.cancelled'))
    }
  }

  return { draft, failure, onKey, onBlur }
}

const maxDate = (a: string, b: string) => (a > b ? a : b)
