import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  OBJECTIVE_STATUSES,
  type Objective,
  type ObjectiveStatus,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { type LabelFor } from '../../lib/problems'
import { usePlanStore } from '../../stores/plan-store'
import { planErrorText } from './plan-errors'
import { FormFrame } from '../../components/form/FormFrame'
import { saveRecord } from '../../components/form/save-record'
import { useFieldValues } from '../../components/form/use-field-values'
import { useFormSubmit } from '../../components/form/use-form-submit'
import { planItemText, PlanItemTextFields } from './PlanItemTextFields'

interface ObjectiveFields {
  code: string
  title: string
  description: string
  owner: string
  status: ObjectiveStatus
  assumptions: string
}

interface ObjectiveFormProps {
  /** The objective being edited, or undefined for a new one. */
  objective?: Objective
  onSaved(message: string): void
  onCancel(): void
}

/** Creates or edits one strategic objective; shown inside a dialog. */
export function ObjectiveForm({ objective, onSaved, onCancel }: ObjectiveFormProps) {
  const { t } = useTranslation()
  const create = usePlanStore((s) => s.createObjective)
  const update = usePlanStore((s) => s.updateObjective)
  // Assumptions came with the logframe; their label lives with the plan's text.
  const labelKey = (path: string) =>
    path === 'assumptions' ? 'plan.fields.assumptions' : `objectives.fields.${path}`
  const labelFor: LabelFor = (path) => {
    const label = t(labelKey(path))
    return label === labelKey(path) ? undefined : label
  }
  const form = useFormSubmit('objective', { labelFor, failureText: planErrorText })
  const { values, bind } = useFieldValues<ObjectiveFields>(
    form,
    () => ({
      ...planItemText(objective),
      status: objective?.status ?? 'draft',
      assumptions: objective?.assumptions ?? '',
    }),
    (name) => t(labelKey(name)),
  )

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const saved = await saveRecord(
      form,
      objective,
      values,
      { channel: 'objectives:create', send: create },
      { channel: 'objectives:update', send: update },
    )
    if (saved?.ok) {
      const key = objective ? 'objectives.updated' : 'objectives.created'
      onSaved(t(key, { code: saved.value.code }))
    }
  }

  return (
    <FormFrame form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <PlanItemTextFields
        bind={bind}
        codeHelp={t('objectives.codeHelp')}
        ownerHelp={t('objectives.ownerHelp')}
      />
      <TextInput
        {...bind('assumptions')}
        description={t('plan.result.assumptionsHelp')}
        maxLength={4000}
        multiline
      />
      <SelectField
        {...bind('status')}
        options={OBJECTIVE_STATUSES.map((id) => ({ id, label: t(`objectives.statuses.${id}`) }))}
        isRequired
      />
    </FormFrame>
  )
}
