import { useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { validateInput, type PlanActivity } from '../../../../../shared/contract'
import { addDays } from '../../../../../shared/domain/timeline-scale'
import { fieldId } from '../../../lib/problems'
import { usePlanStore } from '../../../stores/plan-store'
import { updateOf } from '../activity/activity-draft'
import { DateField } from '../../../components/DateField'
import { planErrorsAt, planErrorText, planLabelFor, planSummaryItems } from '../plan-errors'
import { useFormSubmit } from '../../../components/form/use-form-submit'
import { FormFrame } from '../../../components/form/FormFrame'

const FORM = 'timeline-dates'

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
  const [start, setStart] = useState(activity.plannedStart)
  const [end, setEnd] = useState(activity.plannedEnd)
  const { problems, failure, saving, submit } = useFormSubmit(FORM)
  const labelFor = planLabelFor(t)
  const errors = (path: string) => planErrorsAt(t, problems, labelFor, path)
  const valid = /^\d{4}-\d{2}-\d{2}$/
  const shift = (days: number, which: 'both' | 'end') => {
    if (which === 'both' && valid.test(start)) setStart(addDays(start, days))
    if (valid.test(end)) setEnd(addDays(end, days))
  }

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const input = updateOf(activity, { plannedStart: start, plannedEnd: end })
    const saved = await submit(validateInput('plan:updateActivity', input), () =>
      updateActivity(input),
    )
    if (saved?.ok) onSaved(t('plan.activity.updated', { number: saved.value.number }))
  }

  return (
    <FormFrame
      summary={{
        message: failure ? planErrorText(t, failure) : undefined,
        items: planSummaryItems(t, problems, labelFor, FORM),
      }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <p className="dialog-question">{activity.title}</p>
      <div className="plan-date-fields">
        <DateField
          id={fieldId(FORM, 'plannedStart')}
          label={t('plan.fields.plannedStart')}
          value={start}
          onChange={setStart}
          errors={errors('plannedStart')}
          isRequired
          autoFocus
        />
        <DateField
          id={fieldId(FORM, 'plannedEnd')}
          label={t('plan.fields.plannedEnd')}
          value={end}
          onChange={setEnd}
          errors={errors('plannedEnd')}
          isRequired
        />
      </div>
      <div className="plan-shift-buttons" role="group" aria-label={t('plan.timeline.shiftGroup')}>
        <Button className="button button-secondary button-small" onPress={() => shift(-7, 'both')}>
          {t('plan.timeline.earlier')}
        </Button>
        <Button className="button button-secondary button-small" onPress={() => shift(7, 'both')}>
          {t('plan.timeline.later')}
        </Button>
        <Button className="button button-secondary button-small" onPress={() => shift(-7, 'end')}>
          {t('plan.timeline.shorter')}
        </Button>
        <Button className="button button-secondary button-small" onPress={() => shift(7, 'end')}>
          {t('plan.timeline.longer')}
        </Button>
      </div>
      <Button className="link-button plan-link" onPress={onOpenForm}>
        {t('plan.timeline.openForm')}
      </Button>
    </FormFrame>
  )
}
