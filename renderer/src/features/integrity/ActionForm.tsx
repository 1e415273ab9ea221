import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  INTEGRITY_ACTION_STATUSES,
  INTEGRITY_HORIZONS,
  validateInput,
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
import { useFormSubmit } from '../../components/form/use-form-submit'
import { integrityWording } from './integrity-labels'
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
  const [factorItemId, setFactor] = useState<number | null>(
    a?.factorItemId ?? props.factorItemId ?? null,
  )
  const [action, setAction] = useState(a?.action ?? '')
  const [horizon, setHorizon] = useState<IntegrityHorizon | null>(a?.horizon ?? null)
  const [owner, setOwner] = useState(a?.owner ?? '')
  const [startDate, setStart] = useState(a?.startDate ?? '')
  const [dueDate, setDue] = useState(a?.dueDate ?? '')
  const [status, setStatus] = useState<IntegrityActionStatus>(a?.status ?? 'planned')
  const [indicatorId, setIndicator] = useState(a?.indicatorId ?? NO_INDICATOR)
  const [sensitivity, setSensitivity] = useState(a?.sensitivity ?? 1)
  const form = useFormSubmit('action', integrityWording(t))

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const fields = {
      factorItemId,
      action,
      horizon,
      owner,
      startDate: startDate.trim() === '' ? null : startDate,
      dueDate,
      status,
      indicatorId: indicatorId === NO_INDICATOR ? null : indicatorId,
      sensitivity,
    }
    // Missing choices are sent as they are, so validation names them like any other field.
    const result = a
      ? await form.submit(
          validateInput('integrity:updateAction', { ...fields, id: a.id, version: a.version }),
          (valid) => updateAction(valid),
        )
      : await form.submit(validateInput('integrity:createAction', fields), (valid) =>
          createAction(valid),
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
      <SelectField
        id={form.id('factorItemId')}
        label={t('integrity.fields.factorItemId')}
        options={props.framework.factors.map((f) => ({
          id: f.id,
          label: factorOption(f, local, t),
        }))}
        value={factorItemId}
        onChange={(v) => setFactor(v)}
        errors={form.errors('factorItemId')}
        isRequired
      />
      <TextInput
        id={form.id('action')}
        label={t('integrity.fields.action')}
        value={action}
        onChange={setAction}
        errors={form.errors('action')}
        isRequired
        maxLength={500}
        multiline
        autoFocus
      />
      <div className="ig-field-row">
        <SelectField
          id={form.id('horizon')}
          label={t('integrity.fields.horizon')}
          options={INTEGRITY_HORIZONS.map((id) => ({ id, label: t(`integrity.horizons.${id}`) }))}
          value={horizon}
          onChange={(v) => setHorizon(v)}
          errors={form.errors('horizon')}
          isRequired
        />
        <SelectField
          id={form.id('status')}
          label={t('integrity.fields.status')}
          options={INTEGRITY_ACTION_STATUSES.map((id) => ({
            id,
            label: t(`integrity.statuses.${id}`),
          }))}
          value={status}
          onChange={(v) => setStatus(v)}
          errors={form.errors('status')}
          isRequired
        />
      </div>
      <TextInput
        id={form.id('owner')}
        label={t('integrity.fields.owner')}
        value={owner}
        onChange={setOwner}
        errors={form.errors('owner')}
        maxLength={120}
        size="medium"
      />
      <div className="ig-field-row">
        <TextInput
          id={form.id('startDate')}
          label={t('integrity.fields.startDate')}
          description={t('integrity.dateHelp')}
          value={startDate}
          onChange={setStart}
          errors={form.errors('startDate')}
          size="short"
        />
        <TextInput
          id={form.id('dueDate')}
          label={t('integrity.fields.dueDate')}
          description={t('integrity.dueHelp')}
          value={dueDate}
          onChange={setDue}
          errors={form.errors('dueDate')}
          isRequired
          size="short"
        />
      </div>
      <SelectField
        id={form.id('indicatorId')}
        label={t('integrity.fields.indicatorId')}
        description={indicators.length === 0 ? t('integrity.actions.noIndicators') : undefined}
        options={[
          { id: NO_INDICATOR, label: t('integrity.actions.noIndicator') },
          ...indicators.map((i) => ({ id: i.id, label: `${i.code} — ${i.name}` })),
        ]}
        value={indicatorId}
        onChange={(v) => setIndicator(v)}
        errors={form.errors('indicatorId')}
      />
      <SensitivityField
        id={form.id('sensitivity')}
        classifications={props.data.classifications}
        value={sensitivity}
        onChange={setSensitivity}
        errors={form.errors('sensitivity')}
      />
    </FormFrame>
  )
}
