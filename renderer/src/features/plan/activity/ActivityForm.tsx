import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ACTIVITY_STATUSES,
  validateInput,
  type PlanActivity,
  type PlanData,
} from '../../../../../shared/contract'
import { brokenLinks } from '../../../../../shared/domain/schedule'
import { SelectField } from '../../../components/SelectField'
import { TextInput } from '../../../components/TextInput'
import { fieldId } from '../../../lib/problems'
import { usePlanStore } from '../../../stores/plan-store'
import { DateField } from '../../../components/DateField'
import { NO_PROJECT } from '../logframe/ResultForm'
import { planErrorsAt, planErrorText, planLabelFor, planSummaryItems } from '../plan-errors'
import { useFormSubmit } from '../../../components/form/use-form-submit'
import { draftOf, fieldsOf, type ActivityDraft } from './activity-draft'
import { DependenciesField } from './DependenciesField'
import { MilestonesField } from './MilestonesField'
import { FormFrame } from '../../../components/form/FormFrame'
import { formatDate } from '../../../lib/format'

const FORM = 'activity'

interface ActivityFormProps {
  plan: PlanData
  /** The output a new activity goes under. */
  outputId?: number
  activity?: PlanActivity
  onSaved(message: string, id: number): void
  onCancel(): void
}

/** Creates or edits an activity: dates, progress, people, project, prerequisites, milestones. */
export function ActivityForm({ plan, outputId, activity, onSaved, onCancel }: ActivityFormProps) {
  const { t, i18n } = useTranslation()
  const { createActivity, updateActivity } = usePlanStore()
  const [d, setD] = useState<ActivityDraft>(() =>
    draftOf(activity, { start: plan.header.periodStart ?? plan.today }),
  )
  const { problems, failure, saving, submit } = useFormSubmit(FORM)
  const labelFor = planLabelFor(t)
  const errors = (path: string) => planErrorsAt(t, problems, labelFor, path)
  const set = (patch: Partial<ActivityDraft>) => setD((x) => ({ ...x, ...patch }))
  const output = plan.results.find((r) => r.id === (activity?.outputId ?? outputId))
  const outputProject = plan.projects.find((p) => p.id === output?.projectId)

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (activity) {
      const input = { ...fieldsOf(d), id: activity.id, version: activity.version }
      const saved = await submit(validateInput('plan:updateActivity', input), () =>
        updateActivity(input),
      )
      if (saved?.ok)
        onSaved(t('plan.activity.updated', { number: saved.value.number }), saved.value.id)
    } else {
      const input = { ...fieldsOf(d), outputId: outputId ?? 0 }
      const saved = await submit(validateInput('plan:createActivity', input), () =>
        createActivity(input),
      )
      if (saved?.ok)
        onSaved(t('plan.activity.created', { number: saved.value.number }), saved.value.id)
    }
  }

  // Finish-to-start links the dates in the form would break: a warning, not a refusal.
  const draftSelf = {
    id: activity?.id ?? -1,
    plannedStart: d.plannedStart,
    plannedEnd: d.plannedEnd,
    status: d.status,
  }
  const others = plan.activities.filter((a) => a.id !== draftSelf.id)
  const warnings = brokenLinks(
    [...others, draftSelf],
    d.dependsOn.map((p) => ({ activityId: draftSelf.id, dependsOnId: p })),
  ).map((l) => plan.activities.find((a) => a.id === l.dependsOnId)!)

  const text = (key: 'title' | 'description' | 'owner' | 'responsibleUnit' | 'assumptions') => (
    <TextInput
      id={fieldId(FORM, key)}
      label={t(`plan.fields.${key}`)}
      description={t(`plan.activity.help.${key}`, { defaultValue: '' }) || undefined}
      value={d[key]}
      onChange={(v) => set({ [key]: v })}
      errors={errors(key)}
      isRequired={key === 'title'}
      maxLength={key === 'title' ? 300 : key === 'owner' || key === 'responsibleUnit' ? 120 : 4000}
      multiline={key === 'description' || key === 'assumptions'}
      autoFocus={key === 'title'}
    />
  )
  const date = (
    key: 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd',
    required = false,
  ) => (
    <DateField
      id={fieldId(FORM, key)}
      label={t(`plan.fields.${key}`)}
      value={d[key]}
      onChange={(v) => set({ [key]: v })}
      errors={errors(key)}
      isRequired={required}
    />
  )

  return (
    <FormFrame
      className="dialog-form activity-form"
      summary={{
        message: failure ? planErrorText(t, failure) : undefined,
        items: planSummaryItems(t, problems, labelFor, FORM),
      }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {text('title')}
      {text('description')}
      <fieldset className="plan-subform">
        <legend className="field-label">{t('plan.activity.datesHeading')}</legend>
        {plan.header.periodStart && plan.header.periodEnd ? (
          <p className="field-help">
            {t('plan.activity.periodHelp', {
              start: formatDate(plan.header.periodStart, i18n.language),
              end: formatDate(plan.header.periodEnd, i18n.language),
            })}
          </p>
        ) : null}
        <div className="plan-date-fields">
          {date('plannedStart', true)}
          {date('plannedEnd', true)}
        </div>
        <div className="plan-date-fields">
          {date('actualStart')}
          {date('actualEnd')}
        </div>
      </fieldset>
      <div className="plan-field-row">
        <SelectField
          id={fieldId(FORM, 'status')}
          label={t('plan.fields.status')}
          options={ACTIVITY_STATUSES.map((id) => ({
            id,
            label: t(`plan.activity.statuses.${id}`),
          }))}
          value={d.status}
          onChange={(status) => set({ status })}
          errors={errors('status')}
          isRequired
        />
        <TextInput
          id={fieldId(FORM, 'percentComplete')}
          label={t('plan.fields.percentComplete')}
          value={d.percentComplete}
          onChange={(percentComplete) => set({ percentComplete })}
          errors={errors('percentComplete')}
          maxLength={3}
          size="short"
        />
      </div>
      <div className="plan-field-row plan-field-row-halves">
        {text('owner')}
        {text('responsibleUnit')}
      </div>
      <SelectField
        id={fieldId(FORM, 'projectId')}
        label={t('plan.fields.projectId')}
        options={[
          {
            id: NO_PROJECT,
            label: outputProject
              ? t('plan.activity.sameAsOutput', { code: outputProject.code })
              : t('plan.noProject'),
          },
          ...plan.projects.map((p) => ({ id: String(p.id), label: `${p.code} · ${p.title}` })),
        ]}
        value={d.projectId === null ? NO_PROJECT : String(d.projectId)}
        onChange={(v) => set({ projectId: v === NO_PROJECT ? null : Number(v) })}
        errors={errors('projectId')}
      />
      {text('assumptions')}
      <DependenciesField
        id={fieldId(FORM, 'dependsOn')}
        selfId={activity?.id}
        activities={plan.activities}
        value={d.dependsOn}
        onChange={(dependsOn) => set({ dependsOn })}
        errors={errors('dependsOn')}
      />
      {warnings.length > 0 ? (
        <div className="notice plan-notice-warning" role="status">
          {warnings.map((w) => (
            <p key={w.id}>
              {t('plan.activity.brokenLink', {
                number: w.number,
                title: w.title,
                end: formatDate(w.plannedEnd, i18n.language),
              })}
            </p>
          ))}
        </div>
      ) : null}
      <MilestonesField
        form={FORM}
        value={d.milestones}
        onChange={(milestones) => set({ milestones })}
        errorsAt={errors}
      />
    </FormFrame>
  )
}
