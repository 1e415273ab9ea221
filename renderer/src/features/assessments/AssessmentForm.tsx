import { useTranslation } from 'react-i18next'
import {
  ASSESSMENT_LEADS,
  ASSESSMENT_STATUSES,
  ASSESSMENT_TYPES,
  type AssessmentLead,
  type AssessmentStatus,
  type AssessmentSummary,
  type AssessmentType,
} from '../../../../shared/contract'
import { CheckboxGroupField } from '../../components/CheckboxGroupField'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { local, useAssessmentFields } from './labels'
import { FormFrame } from '../../components/form/FormFrame'

/** Create from a framework, edit the header, or start the next cycle of an assessment. */
export type AssessmentFormMode =
  | { mode: 'create' }
  | { mode: 'edit'; assessment: AssessmentSummary }
  | { mode: 'cycle'; from: AssessmentSummary }

const FORM = 'assessment'

interface Fields {
  frameworkId: number | null
  type: AssessmentType
  title: string
  startDate: string
  endDate: string
  lead: AssessmentLead
  status: AssessmentStatus
  areaIds: string[]
}

function initial(m: AssessmentFormMode, defaultFramework: number | null, areas: string[]): Fields {
  if (m.mode === 'edit') {
    const a = m.assessment
    return {
      frameworkId: a.frameworkId,
      type: a.type,
      title: a.title,
      startDate: a.startDate ?? '',
      endDate: a.endDate ?? '',
      lead: a.lead,
      status: a.status,
      areaIds: a.areaIds.map(String),
    }
  }
  return {
    frameworkId: m.mode === 'cycle' ? m.from.frameworkId : defaultFramework,
    type: m.mode === 'cycle' ? 'self_assessment' : 'full_diagnostic',
    title: '',
    startDate: '',
    endDate: '',
    lead: 'self',
    status: 'in_progress',
    areaIds: areas,
  }
}

interface AssessmentFormProps {
  how: AssessmentFormMode
  onSaved(assessment: AssessmentSummary, message: string): void
  onCancel(): void
}

/** The header of an assessment; for a new one also its framework and the areas in scope. */
export function AssessmentForm({ how, onSaved, onCancel }: AssessmentFormProps) {
  const { t } = useTranslation()
  const frameworks = useAssessmentsStore((s) => s.frameworks)
  const create = useAssessmentsStore((s) => s.create)
  const update = useAssessmentsStore((s) => s.update)
  const startCycle = useAssessmentsStore((s) => s.startCycle)
  const first = frameworks[0]
  const {
    form,
    values,
    update: patch,
    bind,
  } = useAssessmentFields<Fields>(FORM, () =>
    initial(how, first?.id ?? null, first?.areas.map((a) => String(a.id)) ?? []),
  )
  const framework = frameworks.find((f) => f.id === values.frameworkId)

  async function onSubmit(): Promise<void> {
    const header = {
      type: values.type,
      title: values.title,
      startDate: values.startDate.trim() || null,
      endDate: values.endDate.trim() || null,
      lead: values.lead,
    }
    const result = await form.run(() => {
      if (how.mode === 'edit') {
        const a = how.assessment
        return update({ id: a.id, version: a.version, ...header, status: values.status })
      }
      if (how.mode === 'cycle') return startCycle({ fromId: how.from.id, ...header })
      return create({
        ...header,
        frameworkId: values.frameworkId ?? 0,
        areaIds: values.areaIds.map(Number),
      })
    })
    if (result?.ok) {
      const key = { create: 'created', edit: 'updated', cycle: 'cycleStarted' }[how.mode]
      onSaved(result.value, t(`assessments.form.${key}`, { title: result.value.title }))
    }
  }

  return (
    <FormFrame
      summary={form.summary}
      saving={form.saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
      submitLabel={t(`assessments.form.submit.${how.mode}`)}
    >
      {how.mode === 'cycle' ? (
        <p className="section-help">{t('assessments.form.cycleHelp')}</p>
      ) : null}
      {how.mode === 'create' ? (
        <SelectField<number>
          {...bind('frameworkId')}
          description={t('assessments.form.frameworkHelp')}
          options={frameworks.map((f) => ({ id: f.id, label: local(f.name) }))}
          onChange={(id) => {
            const fw = frameworks.find((f) => f.id === id)
            const areaIds = fw?.areas.map((a) => String(a.id)) ?? []
            patch((f) => ({ ...f, frameworkId: id, areaIds }))
          }}
          isRequired
        />
      ) : null}
      <TextInput
        {...bind('title')}
        description={t('assessments.form.titleHelp')}
        isRequired
        maxLength={200}
        autoFocus={how.mode !== 'create'}
      />
      <div className="na-form-row">
        <SelectField
          {...bind('type')}
          options={ASSESSMENT_TYPES.map((id) => ({ id, label: t(`assessments.types.${id}`) }))}
          isRequired
        />
        <SelectField
          {...bind('lead')}
          options={ASSESSMENT_LEADS.map((id) => ({ id, label: t(`assessments.leads.${id}`) }))}
          isRequired
        />
      </div>
      <div className="na-form-row">
        {(['startDate', 'endDate'] as const).map((name) => (
          <TextInput
            key={name}
            {...bind(name)}
            description={t('assessments.form.dateHelp')}
            maxLength={10}
            size="short"
          />
        ))}
      </div>
      {how.mode === 'edit' ? (
        <SelectField
          {...bind('status')}
          options={ASSESSMENT_STATUSES.map((id) => ({
            id,
            label: t(`assessments.statuses.${id}`),
          }))}
          isRequired
        />
      ) : null}
      {how.mode === 'create' && framework ? (
        <CheckboxGroupField
          {...bind('areaIds')}
          description={t('assessments.form.scopeHelp')}
          options={framework.areas.map((a) => ({
            id: String(a.id),
            label: t('assessments.form.areaOption', {
              code: a.code,
              title: local(a.title),
              count: a.assessableCount,
            }),
          }))}
        />
      ) : null}
    </FormFrame>
  )
}
