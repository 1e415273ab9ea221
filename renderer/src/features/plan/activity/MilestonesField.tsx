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
        const field = (leaf: 'title' | 'dueDate' | 'achievedDate') => ({
          id: fieldId(form, `milestones.${i}.${leaf}`),
          label: t(`plan.activity.milestoneFieldOf.${leaf}`, { n }),
          value: m[leaf],
          onChange: (v: string) => update(i, { [leaf]: v }),
          errors: errorsAt(`milestones.${i}.${leaf}`),
        })
        return (
          <fieldset key={m.key} className="plan-milestone-row">
            <legend className="visually-hidden">{t('plan.activity.milestone', { n })}</legend>
            <TextInput {...field('title')} maxLength={200} isRequired />
            <DateField {...field('dueDate')} isRequired />
            <DateField {...field('achievedDate')} />
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
