import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PROJECT_STATUSES, type PlanProject } from '../../../../../shared/contract'
import { SelectField } from '../../../components/SelectField'
import { planItemText, PlanItemTextFields } from '../PlanItemTextFields'
import { usePlanStore } from '../../../stores/plan-store'
import { DateField } from '../../../components/DateField'
import { FormFrame } from '../../../components/form/FormFrame'
import { saveRecord } from '../../../components/form/save-record'
import { usePlanForm } from '../use-plan-form'

interface ProjectFormProps {
  project?: PlanProject
  onSaved(message: string): void
  onCancel(): void
}

/** Creates or edits a project. */
export function ProjectForm({ project, onSaved, onCancel }: ProjectFormProps) {
  const { t } = useTranslation()
  const { createProject, updateProject } = usePlanStore()
  const form = usePlanForm('project', {
    ...planItemText(project),
    status: project?.status ?? 'pipeline',
    plannedStart: project?.plannedStart ?? '',
    plannedEnd: project?.plannedEnd ?? '',
  })
  const f = form.values

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const fields = { ...f, plannedStart: f.plannedStart || null, plannedEnd: f.plannedEnd || null }
    const saved = await saveRecord(
      form,
      project,
      fields,
      { channel: 'plan:createProject', send: createProject },
      { channel: 'plan:updateProject', send: updateProject },
    )
    const key = project ? 'plan.project.updated' : 'plan.project.created'
    if (saved?.ok) onSaved(t(key, { code: f.code.trim() }))
  }

  return (
    <FormFrame form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <PlanItemTextFields bind={form.bind} codeHelp={t('plan.project.codeHelp')} />
      <SelectField
        {...form.bind('status')}
        options={PROJECT_STATUSES.map((id) => ({ id, label: t(`plan.project.statuses.${id}`) }))}
        isRequired
      />
      <div className="plan-date-fields">
        <DateField {...form.bind('plannedStart')} />
        <DateField {...form.bind('plannedEnd')} />
      </div>
    </FormFrame>
  )
}
