import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ASSESSMENT_LEADS,
  ASSESSMENT_STATUSES,
  ASSESSMENT_TYPES,
  type AppError,
  type AssessmentLead,
  type AssessmentStatus,
  type AssessmentSummary,
  type AssessmentType,
  type FieldProblem,
} from '../../../../shared/contract'
import { CheckboxGroupField } from '../../components/CheckboxGroupField'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { errorText } from '../../lib/problems'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { assessmentErrorsAt, assessmentLabelFor, assessmentSummaryItems, local } from './labels'
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
  const [fields, setFields] = useState<Fields>(() =>
    initial(how, first?.id ?? null, first?.areas.map((a) => String(a.id)) ?? []),
  )
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const labelFor = assessmentLabelFor(t)
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }))
  const errors = (path: string) => assessmentErrorsAt(t, problems, labelFor, path)
  const framework = frameworks.find((f) => f.id === fields.frameworkId)

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (saving) return
    setSaving(true)
    setFailure(null)
    const header = {
      type: fields.type,
      title: fields.title,
      startDate: fields.startDate.trim() || null,
      endDate: fields.endDate.trim() || null,
      lead: fields.lead,
    }
    const result = await (() => {
      if (how.mode === 'edit') {
        const a = how.assessment
        return update({
          id: a.id,
          version: a.version,
          ...header,
          status: fields.status,
        })
      }
      if (how.mode === 'cycle') return startCycle({ fromId: how.from.id, ...header })
      return create({
        ...header,
        frameworkId: fields.frameworkId ?? 0,
        areaIds: fields.areaIds.map(Number),
      })
    })()
    setSaving(false)
    if (result.ok) {
      setProblems([])
      const key = { create: 'created', edit: 'updated', cycle: 'cycleStarted' }[how.mode]
      onSaved(result.value, t(`assessments.form.${key}`, { title: result.value.title }))
    } else if (result.error.details?.length) {
      setProblems(result.error.details)
    } else {
      setFailure(result.error)
    }
  }

  return (
    <FormFrame
      summary={{
        message: failure ? errorText(t, failure) : undefined,
        items: assessmentSummaryItems(t, problems, labelFor, FORM),
      }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
      submitLabel={t(`assessments.form.submit.${how.mode}`)}
    >
      {how.mode === 'cycle' ? (
        <p className="section-help">{t('assessments.form.cycleHelp')}</p>
      ) : null}
      {how.mode === 'create' ? (
        <SelectField
          id={`${FORM}-frameworkId`}
          label={t('assessments.fields.frameworkId')}
          description={t('assessments.form.frameworkHelp')}
          options={frameworks.map((f) => ({ id: f.id, label: local(f.name) }))}
          value={fields.frameworkId}
          onChange={(id) => {
            const fw = frameworks.find((f) => f.id === id)
            set({ frameworkId: id, areaIds: fw?.areas.map((a) => String(a.id)) ?? [] })
          }}
          errors={errors('frameworkId')}
          isRequired
        />
      ) : null}
      <TextInput
        id={`${FORM}-title`}
        label={t('assessments.fields.title')}
        description={t('assessments.form.titleHelp')}
        value={fields.title}
        onChange={(title) => set({ title })}
        errors={errors('title')}
        isRequired
        maxLength={200}
        autoFocus={how.mode !== 'create'}
      />
      <div className="na-form-row">
        <SelectField
          id={`${FORM}-type`}
          label={t('assessments.fields.type')}
          options={ASSESSMENT_TYPES.map((id) => ({ id, label: t(`assessments.types.${id}`) }))}
          value={fields.type}
          onChange={(type) => set({ type })}
          errors={errors('type')}
          isRequired
        />
        <SelectField
          id={`${FORM}-lead`}
          label={t('assessments.fields.lead')}
          options={ASSESSMENT_LEADS.map((id) => ({ id, label: t(`assessments.leads.${id}`) }))}
          value={fields.lead}
          onChange={(lead) => set({ lead })}
          errors={errors('lead')}
          isRequired
        />
      </div>
      <div className="na-form-row">
        <TextInput
          id={`${FORM}-startDate`}
          label={t('assessments.fields.startDate')}
          description={t('assessments.form.dateHelp')}
          value={fields.startDate}
          onChange={(startDate) => set({ startDate })}
          errors={errors('startDate')}
          maxLength={10}
          size="short"
        />
        <TextInput
          id={`${FORM}-endDate`}
          label={t('assessments.fields.endDate')}
          description={t('assessments.form.dateHelp')}
          value={fields.endDate}
          onChange={(endDate) => set({ endDate })}
          errors={errors('endDate')}
          maxLength={10}
          size="short"
        />
      </div>
      {how.mode === 'edit' ? (
        <SelectField
          id={`${FORM}-status`}
          label={t('assessments.fields.status')}
          options={ASSESSMENT_STATUSES.map((id) => ({
            id,
            label: t(`assessments.statuses.${id}`),
          }))}
          value={fields.status}
          onChange={(status) => set({ status })}
          errors={errors('status')}
          isRequired
        />
      ) : null}
      {how.mode === 'create' && framework ? (
        <CheckboxGroupField
          id={`${FORM}-areaIds`}
          label={t('assessments.fields.areaIds')}
          description={t('assessments.form.scopeHelp')}
          options={framework.areas.map((a) => ({
            id: String(a.id),
            label: t('assessments.form.areaOption', {
              code: a.code,
              title: local(a.title),
              count: a.assessableCount,
            }),
          }))}
          value={fields.areaIds}
          onChange={(areaIds) => set({ areaIds })}
          errors={errors('areaIds')}
        />
      ) : null}
    </FormFrame>
  )
}
