import { Button } from 'react-aria-components'
import { RISK_ACTION_STATUSES } from '../../../../shared/contract'
import { isActionOverdue } from '../../../../shared/domain/risk-rating'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { useFocusAfterRender } from '../../lib/use-focus-after-render'
import { newActionKey, type ActionDraft } from './risk-draft'
import type { SectionProps } from './risk-form-props'
import { useRiskText } from './risk-text'
import { DateField } from '../../components/DateField'

/** Treatment actions: what will be done, by whom, by when, and how far it is. */
export function RiskActionsEditor({ draft, set, errors, reference, form, today }: SectionProps) {
  const { t, local } = useRiskText()
  const focusLater = useFocusAfterRender()
  const template = reference.catalogue.find((c) => c.id === draft.catalogueItemId)
  const update = (key: string, patch: Partial<ActionDraft>) =>
    set({ actions: draft.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) })
  const add = () => {
    const action: ActionDraft = {
      key: newActionKey(),
      action: '',
      owner: draft.owner,
      dueDate: '',
      status: 'planned',
    }
    set({ actions: [...draft.actions, action] })
    focusLater(fieldId(form, `actions.${draft.actions.length}.action`))
  }
  const remove = (key: string) => {
    set({ actions: draft.actions.filter((a) => a.key !== key) })
    focusLater('risk-add-action')
  }
  return (
    <fieldset className="form-section risk-section">
      <legend className="risk-legend">{t('risks.form.sections.actions')}</legend>
      {template?.treatment ? (
        <div className="suggested-treatment">
          <p className="field-label">{t('risks.form.suggestedTreatment')}</p>
          <p>{local(template.treatment)}</p>
        </div>
      ) : null}
      {errors('actions').map((e) => (
        <p key={e} className="field-error">
          {e}
        </p>
      ))}
      {draft.actions.length === 0 ? <p className="muted">{t('risks.form.actions.none')}</p> : null}
      <ol className="action-list">
        {draft.actions.map((a, i) => {
          const overdue = a.dueDate !== '' && isActionOverdue(a, today)
          const legend = t('risks.form.actions.legend', { n: i + 1 })
          return (
            <li key={a.key}>
              <fieldset className="action-row">
                <legend className="action-legend">
                  {legend}
                  {overdue ? (
                    <span className="risk-flag risk-flag-alert">
                      {t('risks.form.actions.overdue')}
                    </span>
                  ) : null}
                </legend>
                <TextInput
                  id={fieldId(form, `actions.${i}.action`)}
                  label={t('risks.form.actions.action')}
                  value={a.action}
                  onChange={(action) => update(a.key, { action })}
                  errors={errors(`actions.${i}.action`)}
                  isRequired
                  maxLength={500}
                />
                <div className="field-row">
                  <TextInput
                    id={fieldId(form, `actions.${i}.owner`)}
                    label={t('risks.form.actions.owner')}
                    value={a.owner}
                    onChange={(owner) => update(a.key, { owner })}
                    errors={errors(`actions.${i}.owner`)}
                    maxLength={120}
                    size="medium"
                  />
                  <DateField
                    id={fieldId(form, `actions.${i}.dueDate`)}
                    label={t('risks.form.actions.due')}
                    value={a.dueDate}
                    onChange={(dueDate) => update(a.key, { dueDate })}
                    errors={errors(`actions.${i}.dueDate`)}
                    isRequired
                  />
                  <SelectField
                    id={fieldId(form, `actions.${i}.status`)}
                    label={t('risks.form.actions.status')}
                    options={RISK_ACTION_STATUSES.map((s) => ({
                      id: s,
                      label: t(`risks.actionStatuses.${s}`),
                    }))}
                    value={a.status}
                    onChange={(status) => update(a.key, { status })}
                    errors={errors(`actions.${i}.status`)}
                  />
                </div>
                <Button
                  className="button button-secondary button-small"
                  aria-label={t('risks.form.actions.remove', { n: i + 1 })}
                  onPress={() => remove(a.key)}
                >
                  {t('common.remove')}
                </Button>
              </fieldset>
            </li>
          )
        })}
      </ol>
      <Button id="risk-add-action" className="button button-secondary" onPress={add}>
        {t('risks.form.actions.add')}
      </Button>
    </fieldset>
  )
}
