import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  INTEGRITY_ACTION_STATUSES,
  INTEGRITY_HORIZONS,
  type IntegrityAction,
  type IntegrityActionStatus,
  type IntegrityData,
  type IntegrityFramework,
  type IntegrityHorizon,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { useIntegrityStore } from '../../stores/integrity-store'
import { factorOption, useLocal } from './integrity-format'
import { SensitivityField } from './SensitivityField'
import { useIntegrityFields } from './integrity-labels'
import { saveRecord } from '../../components/form/save-record'
import { FormFrame } from '../../components/form/FormFrame'

const NO_INDICATOR = 0

interface ActionFormProps {
  data: IntegrityData
  framework: IntegrityFramework
  /** The action being edited, or undefined for a new one. */
  action?: IntegrityAction
  /** Factor preselected for a new action. */
  factorItemId?: number
  onSaved(saved: IntegrityAction): void
  onCancel(): void
}

/** Creates or edits one action of the integrity action plan. */
export function ActionForm(props: ActionFormProps) {
  const { t } = useTranslation()
  const local = useLocal()
  const createAction = useIntegrityStore((s) => s.createAction)
  const updateAction = useIntegrityStore((s) => s.updateAction)
  const indicators = useIntegrityStore((s) => s.indicators)
  const a = props.action
  const { form, values, bind } = useIntegrityFields('action', {
    factorItemId: a?.factorItemId ?? props.factorItemId ?? null,
    action: a?.action ?? '',
    horizon: (a?.horizon ?? null) as IntegrityHorizon | null,
    owner: a?.owner ?? '',
    startDate: a?.startDate ?? '',
    dueDate: a?.dueDate ?? '',
    status: (a?.status ?? 'planned') as IntegrityActionStatus,
    indicatorId: a?.indicatorId ?? NO_INDICATOR,
    sensitivity: a?.sensitivity ?? 1,
  })

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const fields = {
      ...values,
      startDate: values.startDate.trim() === '' ? null : values.startDate,
      indicatorId: values.indicatorId === NO_INDICATOR ? null : values.indicatorId,
    }
    // Missing choices are sent as they are, so validation names them like any other field.
    const result = await saveRecord(
      form,
      a,
      fields,
      { channel: 'integrity:createAction', send: createAction },
      { channel: 'integrity:updateAction', send: updateAction },
    )
    if (result?.ok) props.onSaved(result.value)
  }

  return (
    <FormFrame
      summary={form.summary}
      saving={form.saving}
      onSubmit={onSubmit}
      onCancel={props.onCancel}
    >
      <SelectField<number>
        {...bind('factorItemId')}
        options={props.framework.factors.map((f) => ({
          id: f.id,
          label: factorOption(f, local, t),
        }))}
        isRequired
      />
      <TextInput {...bind('action')} isRequired maxLength={500} multiline autoFocus />
      <div className="ig-field-row">
        <SelectField<IntegrityHorizon>
          {...bind('horizon')}
          options={INTEGRITY_HORIZONS.map((id) => ({ id, label: t(`integrity.horizons.${id}`) }))}
          isRequired
        />
        <SelectField
          {...bind('status')}
          options={INTEGRITY_ACTION_STATUSES.map((id) => ({
            id,
            label: t(`integrity.statuses.${id}`),
          }))}
          isRequired
        />
      </div>
      <TextInput {...bind('owner')} maxLength={120} size="medium" />
      <div className="ig-field-row">
        <TextInput {...bind('startDate')} description={t('integrity.dateHelp')} size="short" />
        <TextInput
          {...bind('dueDate')}
          description={t('integrity.dueHelp')}
          isRequired
          size="short"
        />
      </div>
      <SelectField
        {...bind('indicatorId')}
        description={indicators.length === 0 ? t('integrity.actions.noIndicators') : undefined}
        options={[
          { id: NO_INDICATOR, label: t('integrity.actions.noIndicator') },
          ...indicators.map((i) => ({ id: i.id, label: `${i.code} — ${i.name}` })),
        ]}
      />
      <SensitivityField {...bind('sensitivity')} classifications={props.data.classifications} />
    </FormFrame>
  )
}
