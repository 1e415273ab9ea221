import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PROJECT_STATUSES, validateInput, type PlanProject } from '../../../../../shared/contract'
import { SelectField } from '../../../components/SelectField'
import { PlanItemTextFields } from '../PlanItemTextFields'
import { fieldId } from '../../../lib/problems'
import { usePlanStore } from '../../../stores/plan-store'
import { DateField } from '../../../components/DateField'
import { planErrorsAt, planErrorText, planLabelFor, planSummaryItems } from '../plan-errors'
import { useFormSubmit } from '../../../components/form/use-form-submit'
import { FormFrame } from '../../../components/form/FormFrame'

const FORM = 'project'

interface ProjectFormProps {
  project?: PlanProject
  onSaved(message: string): void
  onCancel(): void
}

/** Creates or edits a project. */
export function ProjectForm({ project, onSaved, onCancel }: ProjectFormProps) {
  const { t } = useTranslation()
  const { createProject, updateProject } = usePlanStore()
  const [f, setF] = useState({
    code: project?.code ?? '',
    title: project?.title ?? '',
    description: project?.description ?? '',
    owner: project?.owner ?? '',
    status: project?.status ?? 'pipeline',
    plannedStart: project?.plannedStart ?? '',
    plannedEnd: project?.plannedEnd ?? '',
  })
  const { problems, failure, saving, submit } = useFormSubmit(FORM)
  const labelFor = planLabelFor(t)
  const errors = (path: string) => planErrorsAt(t, problems, labelFor, path)
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }))

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const fields = { ...f, plannedStart: f.plannedStart || null, plannedEnd: f.plannedEnd || null }
    if (project) {
      const input = { ...fields, id: project.id, version: project.version }
      const saved = await submit(validateInput('plan:updateProject', input), () =>
        updateProject(input),
      )
      if (saved?.ok) onSaved(t('plan.project.updated', { code: f.code.trim() }))
    } else {
      const saved = await submit(validateInput('plan:createProject', fields), () =>
        createProject(fields),
      )
      if (saved?.ok) onSaved(t('plan.project.created', { code: f.code.trim() }))
    }
  }

  return (
    <FormFrame
      summary={{
        message: failure ? planErrorText(t, failure) : undefined,
        items: planSummaryItems(t, problems, labelFor, FORM),
      }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <PlanItemTextFields
        form={FORM}
        values={f}
        onChange={set}
        errors={errors}
        labels="plan.fields"
        codeHelp={t('plan.project.codeHelp')}
      />
      <SelectField
        id={fieldId(FORM, 'status')}
        label={t('plan.fields.status')}
        options={PROJECT_STATUSES.map((id) => ({ id, label: t(`plan.project.statuses.${id}`) }))}
        value={f.status}
        onChange={(status) => set({ status })}
        errors={errors('status')}
        isRequired
      />
      <div className="plan-date-fields">
        <DateField
          id={fieldId(FORM, 'plannedStart')}
          label={t('plan.fields.plannedStart')}
          value={f.plannedStart}
          onChange={(plannedStart) => set({ plannedStart })}
          errors={errors('plannedStart')}
        />
        <DateField
          id={fieldId(FORM, 'plannedEnd')}
          label={t('plan.fields.plannedEnd')}
          value={f.plannedEnd}
          onChange={(plannedEnd) => set({ plannedEnd })}
          errors={errors('plannedEnd')}
        />
      </div>
    </FormFrame>
  )
}
