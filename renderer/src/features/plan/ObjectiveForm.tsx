import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  OBJECTIVE_STATUSES,
  validateInput,
  type AppError,
  type FieldProblem,
  type Objective,
  type ObjectiveStatus,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { errorsAt, summaryItems } from '../../lib/field-errors'
import { fieldId, type LabelFor } from '../../lib/problems'
import { usePlanStore } from '../../stores/plan-store'
import { planErrorText } from './plan-errors'
import { FormFrame } from '../../components/form/FormFrame'

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
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const labelFor: LabelFor = (path) => {
    // Assumptions came with the logframe; their label lives with the plan's text.
    const key = path === 'assumptions' ? 'plan.fields.assumptions' : `objectives.fields.${path}`
    const label = t(key)
    return label === key ? undefined : label
  }
  const set = (patch: Partial<ObjectiveFields>) => setFields((f) => ({ ...f, ...patch }))
  const errors = (path: keyof ObjectiveFields) => errorsAt(t, problems, labelFor, path)

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (saving) return
    setFailure(null)
    const checked = objective
      ? validateInput('objectives:update', {
          ...fields,
          id: objective.id,
          version: objective.version,
        })
      : validateInput('objectives:create', fields)
    if (!checked.ok) {
      setProblems(checked.error.details ?? [])
      return
    }
    setProblems([])
    setSaving(true)
    const result = objective
      ? await update({ ...fields, id: objective.id, version: objective.version })
      : await create(fields)
    setSaving(false)
    if (result.ok) {
      const key = objective ? 'objectives.updated' : 'objectives.created'
      onSaved(t(key, { code: result.value.code }))
    } else if (result.error.details?.length) {
      setProblems(result.error.details)
    } else {
      setFailure(result.error)
    }
  }

  return (
    <FormFrame
      summary={{
        message: failure ? planErrorText(t, failure) : undefined,
        items: summaryItems(t, problems, labelFor, FORM),
      }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <TextInput
        id={fieldId(FORM, 'code')}
        label={t('objectives.fields.code')}
        description={t('objectives.codeHelp')}
        value={fields.code}
        onChange={(code) => set({ code })}
        errors={errors('code')}
        isRequired
        maxLength={20}
        size="short"
        autoFocus
      />
      <TextInput
        id={fieldId(FORM, 'title')}
        label={t('objectives.fields.title')}
        value={fields.title}
        onChange={(title) => set({ title })}
        errors={errors('title')}
        isRequired
        maxLength={200}
      />
      <TextInput
        id={fieldId(FORM, 'description')}
        label={t('objectives.fields.description')}
        value={fields.description}
        onChange={(description) => set({ description })}
        errors={errors('description')}
        maxLength={4000}
        multiline
      />
      <TextInput
        id={fieldId(FORM, 'owner')}
        label={t('objectives.fields.owner')}
        description={t('objectives.ownerHelp')}
        value={fields.owner}
        onChange={(owner) => set({ owner })}
        errors={errors('owner')}
        maxLength={120}
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
