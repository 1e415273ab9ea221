import { RISK_ACTION_STATUSES } from '../../../../shared/contract'
import { isActionOverdue } from '../../../../shared/domain/risk-rating'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { draftBinder, rowPlaces } from '../../components/form/draft-binder'
import { useRowList } from '../../components/form/use-row-list'
import { AddRowButton, RemoveRowButton } from '../../components/RowButtons'
import { newActionKey, type ActionDraft } from './risk-draft'
import type { SectionProps } from './risk-form-props'
import { useRiskText } from './risk-text'
import { DateField } from '../../components/DateField'

/** Treatment actions: what will be done, by whom, by when, and how far it is. */
export function RiskActionsEditor({ draft, set, errors, reference, form, today }: SectionProps) {
  const { t, local } = useRiskText()
  const template = reference.catalogue.find((c) => c.id === draft.catalogueItemId)
  const places = { id: (path: string) => fieldId(form, path), errors }
  const list = useRowList(draft.actions, (actions) => set({ actions }), {
    added: (index) => fieldId(form, `actions.${index}.action`),
    addButton: 'risk-add-action',
  })
  const label = (name: keyof ActionDraft) =>
    t(`risks.form.actions.${name === 'dueDate' ? 'due' : name}`)
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
          const bind = draftBinder(
            a,
            (patch) => list.edit(a.key, patch),
            rowPlaces(places, `actions.${i}`),
            label,
          )
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
                <TextInput {...bind('action')} isRequired maxLength={500} />
                <div className="field-row">
                  <TextInput {...bind('owner')} maxLength={120} size="medium" />
                  <DateField {...bind('dueDate')} isRequired />
                  <SelectField
                    {...bind('status')}
                    options={RISK_ACTION_STATUSES.map((s) => ({
                      id: s,
                      label: t(`risks.actionStatuses.${s}`),
                    }))}
                  />
                </div>
                <RemoveRowButton
                  label={t('risks.form.actions.remove', { n: i + 1 })}
                  onPress={() => list.remove(i)}
                />
              </fieldset>
            </li>
          )
        })}
      </ol>
      <AddRowButton
        id="risk-add-action"
        isFull={false}
        onPress={() =>
          list.add({
            key: newActionKey(),
            action: '',
            owner: draft.owner,
            dueDate: '',
            status: 'planned',
          })
        }
      >
        {t('risks.form.actions.add')}
      </AddRowButton>
    </fieldset>
  )
}
