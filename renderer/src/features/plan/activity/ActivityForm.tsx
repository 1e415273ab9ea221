import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTIVITY_STATUSES, type PlanActivity, type PlanData } from '../../../../../shared/contract'
import { brokenLinks } from '../../../../../shared/domain/schedule'
import { SelectField } from '../../../components/SelectField'
import { TextInput } from '../../../components/TextInput'
import { usePlanStore } from '../../../stores/plan-store'
import { DateField } from '../../../components/DateField'
import { ProjectChoice } from '../ProjectChoice'
import { usePlanForm } from '../use-plan-form'
import { saveRecord } from '../../../components/form/save-record'
import { draftOf, fieldsOf, type ActivityDraft } from './activity-draft'
import { DependenciesField } from './DependenciesField'
import { MilestonesField } from './MilestonesField'
import { FormFrame } from '../../../components/form/FormFrame'
import { formatDate } from '../../../lib/format'

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
  const form = usePlanForm<ActivityDraft>('activity', () =>
    draftOf(activity, { start: plan.header.periodStart ?? plan.today }),
  )
  const { values: d, bind } = form
  const output = plan.results.find((r) => r.id === (activity?.outputId ?? outputId))
  const outputProject = plan.projects.find((p) => p.id === output?.projectId)

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const saved = await saveRecord(
      form,
      activity,
      fieldsOf(d),
      { channel: 'plan:createActivity', extra: { outputId: outputId ?? 0 }, send: createActivity },
      { channel: 'plan:updateActivity', send: updateActivity },
    )
    const key = activity ? 'plan.activity.updated' : 'plan.activity.created'
    if (saved?.ok) onSaved(t(key, { number: saved.value.number }), saved.value.id)
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
      {...bind(key)}
      description={t(`plan.activity.help.${key}`, { defaultValue: '' }) || undefined}
      isRequired={key === 'title'}
      maxLength={key === 'title' ? 300 : key === 'owner' || key === 'responsibleUnit' ? 120 : 4000}
      multiline={key === 'description' || key === 'assumptions'}
      autoFocus={key === 'title'}
    />
  )
  return (
    <FormFrame
      className="dialog-form activity-form"
      form={form}
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
          <DateField {...bind('plannedStart')} isRequired />
          <DateField {...bind('plannedEnd')} isRequired />
        </div>
        <div className="plan-date-fields">
          <DateField {...bind('actualStart')} />
          <DateField {...bind('actualEnd')} />
        </div>
      </fieldset>
      <div className="plan-field-row">
        <SelectField
          {...bind('status')}
          options={ACTIVITY_STATUSES.map((id) => ({
            id,
            label: t(`plan.activity.statuses.${id}`),
          }))}
          isRequired
        />
        <TextInput {...bind('percentComplete')} maxLength={3} size="short" />
      </div>
      <div className="plan-field-row plan-field-row-halves">
        {text('owner')}
        {text('responsibleUnit')}
      </div>
      <ProjectChoice
        {...bind('projectId')}
        projects={plan.projects}
        noneLabel={
          outputProject ? t('plan.activity.sameAsOutput', { code: outputProject.code }) : undefined
        }
      />
      {text('assumptions')}
      <DependenciesField
        {...bind('dependsOn')}
        selfId={activity?.id}
        activities={plan.activities}
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
        form="activity"
        value={d.milestones}
        onChange={(milestones) => form.set('milestones', milestones)}
        errorsAt={form.errors}
      />
    </FormFrame>
  )
}
