import { type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { validateInput, type PlanActivity } from '../../../../../shared/contract'
import { addDays } from '../../../../../shared/domain/timeline-scale'
import { usePlanStore } from '../../../stores/plan-store'
import { updateOf } from '../activity/activity-draft'
import { DateField } from '../../../components/DateField'
import { usePlanForm } from '../use-plan-form'
import { FormFrame } from '../../../components/form/FormFrame'

/** The buttons that move the dates a week: both (earlier, later) or only the end. */
const SHIFTS = [
  { days: -7, which: 'both', label: 'earlier' },
  { days: 7, which: 'both', label: 'later' },
  { days: -7, which: 'end', label: 'shorter' },
  { days: 7, which: 'end', label: 'longer' },
] as const

interface DatesFormProps {
  activity: PlanActivity
  onSaved(message: string): void
  onCancel(): void
  onOpenForm(): void
}

/**
 * The planned dates of one activity, opened from its bar. Saves through the same channel as the
 * activity form, with the rest of the record unchanged.
 */
export function DatesForm({ activity, onSaved, onCancel, onOpenForm }: DatesFormProps) {
  const { t } = useTranslation()
  const updateActivity = usePlanStore((s) => s.updateActivity)
  const form = usePlanForm('timeline-dates', {
    plannedStart: activity.plannedStart,
    plannedEnd: activity.plannedEnd,
  })
  const { plannedStart: start, plannedEnd: end } = form.values
  const valid = /^\d{4}-\d{2}-\d{2}$/
  const shift = (days: number, which: 'both' | 'end') => {
    if (which === 'both' && valid.test(start)) form.set('plannedStart', addDays(start, days))
    if (valid.test(end)) form.set('plannedEnd', addDays(end, days))
  }

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const input = updateOf(activity, form.values)
    const saved = await form.submit(validateInput('plan:updateActivity', input), () =>
      updateActivity(input),
    )
    if (saved?.ok) onSaved(t('plan.activity.updated', { number: saved.value.number }))
  }

  return (
    <FormFrame form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <p className="dialog-question">{activity.title}</p>
      <div className="plan-date-fields">
        <DateField {...form.bind('plannedStart')} isRequired autoFocus />
        <DateField {...form.bind('plannedEnd')} isRequired />
      </div>
      <div className="plan-shift-buttons" role="group" aria-label={t('plan.timeline.shiftGroup')}>
        {SHIFTS.map(({ days, which, label }) => (
          <Button
            key={label}
            className="button button-secondary button-small"
            onPress={() => shift(days, which)}
          >
            {t(`plan.timeline.${label}`)}
          </Button>
        ))}
      </div>
      <Button className="link-button plan-link" onPress={onOpenForm}>
        {t('plan.timeline.openForm')}
      </Button>
    </FormFrame>
  )
}
