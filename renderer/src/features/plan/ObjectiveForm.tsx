import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  OBJECTIVE_STATUSES,
  validateInput,
  type Objective,
  type ObjectiveStatus,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { fieldId, type LabelFor } from '../../lib/problems'
import { usePlanStore } from '../../stores/plan-store'
import { planErrorText } from './plan-errors'
import { FormFrame } from '../../components/form/FormFrame'
import { useFormSubmit } from '../../components/form/use-form-submit'
import { PlanItemTextFields } from './PlanItemTextFields'

const FORM = 'objective'

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
  const [fields, setFields] = useState<ObjectiveFields>(() => ({
    code: objective?.code ?? '',
    title: objective?.title ?? '',
    description: objective?.description ?? '',
    owner: objective?.owner ?? '',
    status: objective?.status ?? 'draft',
    assumptions: objective?.assumptions ?? '',
  }))
  const labelFor: LabelFor = (path) => {
    // Assumptions came with the logframe; their label lives with the plan's text.
    const key = path === 'assumptions' ? 'plan.fields.assumptions' : `objectives.fields.${path}`
    const label = t(key)
    return label === key ? undefined : label
  }
  const { saving, submit, summary, errors } = useFormSubmit(FORM, {
    labelFor,
    failureText: planErrorText,
  })
  const set = (patch: Partial<ObjectiveFields>) => setFields((f) => ({ ...f, ...patch }))

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const saved = objective
      ? await submit(
          validateInput('objectives:update', {
            ...fields,
            id: objective.id,
            version: objective.version,
          }),
          update,
        )
      : await submit(validateInput('objectives:create', fields), create)
    if (saved?.ok) {
      const key = objective ? 'objectives.updated' : 'objectives.created'
      onSaved(t(key, { code: saved.value.code }))
    }
  }

  return (
    <FormFrame summary={summary} saving={saving} onSubmit={onSubmit} onCancel={onCancel}>
      <PlanItemTextFields
        form={FORM}
        values={fields}
        onChange={set}
        errors={errors}
        labels="objectives.fields"
        codeHelp={t('objectives.codeHelp')}
        ownerHelp={t('objectives.ownerHelp')}
      />
      <TextInput
        id={fieldId(FORM, 'assumptions')}
        label={t('plan.fields.assumptions')}
        description={t('plan.result.assumptionsHelp')}
        value={fields.assumptions}
        onChange={(assumptions) => set({ assumptions })}
        errors={errors('assumptions')}
        maxLength={4000}
        multiline
      />
      <SelectField
        id={fieldId(FORM, 'status')}
        label={t('objectives.fields.status')}
        options={OBJECTIVE_STATUSES.map((id) => ({ id, label: t(`objectives.statuses.${id}`) }))}
        value={fields.status}
        onChange={(status) => set({ status })}
        errors={errors('status')}
        isRequired
      />
    </FormFrame>
  )
}
