import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { PlanActivity } from '../../../../../shared/contract'
import { FieldMessages } from '../../../components/FieldMessages'
import { SelectField } from '../../../components/SelectField'

interface DependenciesFieldProps {
  id: string
  /** The activity being edited (left out of the choices), if it exists yet. */
  selfId?: number
  activities: PlanActivity[]
  value: number[]
  onChange(ids: number[]): void
  errors: string[]
}

/** The activities that must finish first: a list with Remove buttons and a picker to add one. */
export function DependenciesField(props: DependenciesFieldProps) {
  const { t } = useTranslation()
  const byId = new Map(props.activities.map((a) => [a.id, a]))
  const choices = props.activities.filter(
    (a) => a.id !== props.selfId && !props.value.includes(a.id),
  )
  return (
    <fieldset className="plan-subform" id={props.id}>
      <legend className="field-label">{t('plan.fields.dependsOn')}</legend>
      <p className="field-help">{t('plan.activity.dependsOnHelp')}</p>
      {props.value.length === 0 ? (
        <p className="muted">{t('plan.activity.noDependencies')}</p>
      ) : (
        <ul className="plan-chips">
          {props.value.map((id) => {
            const a = byId.get(id)
            return (
              <li key={id} className="plan-chip">
                <span>
                  <span className="plan-chip-number">{a?.number}</span> {a?.title}
                </span>
                <Button
                  className="link-button"
                  aria-label={t('plan.activity.removeDependency', { number: a?.number ?? id })}
                  onPress={() => props.onChange(props.value.filter((x) => x !== id))}
                >
                  {t('plan.activity.remove')}
                </Button>
              </li>
            )
          })}
        </ul>
      )}
      <FieldMessages messages={props.errors} />
      {choices.length > 0 ? (
        <SelectField
          id={`${props.id}-add`}
          label={t('plan.activity.addDependency')}
          options={choices.map((a) => ({ id: String(a.id), label: `${a.number} ${a.title}` }))}
          value={null}
          onChange={(v) => props.onChange([...props.value, Number(v)])}
        />
      ) : null}
    </fieldset>
  )
}
