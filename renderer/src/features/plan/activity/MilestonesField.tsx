import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { TextInput } from '../../../components/TextInput'
import { fieldId } from '../../../lib/problems'
import { DateField } from '../../../components/DateField'
import { newMilestoneKey, type MilestoneDraft } from './activity-draft'

interface MilestonesFieldProps {
  form: string
  value: MilestoneDraft[]
  onChange(value: MilestoneDraft[]): void
  errorsAt(path: string): string[]
}

/** The dated checkpoints of an activity, each with a title, a due date and when it was met. */
export function MilestonesField({ form, value, onChange, errorsAt }: MilestonesFieldProps) {
  const { t } = useTranslation()
  const update = (i: number, patch: Partial<MilestoneDraft>) =>
    onChange(value.map((m, j) => (j === i ? { ...m, ...patch } : m)))
  return (
    <fieldset className="plan-subform" id={fieldId(form, 'milestones')}>
      <legend className="field-label">{t('plan.fields.milestones')}</legend>
      <p className="field-help">{t('plan.activity.milestonesHelp')}</p>
      {value.length === 0 ? <p className="muted">{t('plan.activity.noMilestones')}</p> : null}
      {value.map((m, i) => {
        const n = i + 1
        const path = (leaf: string) => `milestones.${i}.${leaf}`
        return (
          <fieldset key={m.key} className="plan-milestone-row">
            <legend className="visually-hidden">{t('plan.activity.milestone', { n })}</legend>
            <TextInput
              id={fieldId(form, path('title'))}
              label={t('plan.activity.milestoneFieldOf.title', { n })}
              value={m.title}
              onChange={(title) => update(i, { title })}
              errors={errorsAt(path('title'))}
              maxLength={200}
              isRequired
            />
            <DateField
              id={fieldId(form, path('dueDate'))}
              label={t('plan.activity.milestoneFieldOf.dueDate', { n })}
              value={m.dueDate}
              onChange={(dueDate) => update(i, { dueDate })}
              errors={errorsAt(path('dueDate'))}
              isRequired
            />
            <DateField
              id={fieldId(form, path('achievedDate'))}
              label={t('plan.activity.milestoneFieldOf.achievedDate', { n })}
              value={m.achievedDate}
              onChange={(achievedDate) => update(i, { achievedDate })}
              errors={errorsAt(path('achievedDate'))}
            />
            <Button
              className="button button-secondary button-small plan-milestone-remove"
              aria-label={t('plan.activity.removeMilestone', { n })}
              onPress={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t('plan.activity.remove')}
            </Button>
          </fieldset>
        )
      })}
      <Button
        className="button button-secondary button-small"
        onPress={() =>
          onChange([...value, { key: newMilestoneKey(), title: '', dueDate: '', achievedDate: '' }])
        }
      >
        {t('plan.activity.addMilestone')}
      </Button>
    </fieldset>
  )
}
