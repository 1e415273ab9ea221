import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { OBJECTIVE_STATUSES, type ObjectiveStatus } from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { useAssessmentsStore } from '../../stores/assessments-store'
import type { EntryFormProps } from './CoverageEntryItem'
import { local, useAssessmentFields } from './labels'
import { FormFrame } from '../../components/form/FormFrame'

const FORM = 'objective-from-gap'
const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`)

/** The next free "SO<n>" code after the objectives that exist. */
export function nextObjectiveCode(codes: string[]): string {
  const taken = new Set(codes.map((c) => c.toUpperCase()))
  let n = codes.length + 1
  while (taken.has(`SO${n}`)) n++
  return `SO${n}`
}

/** Creates a strategic objective from a gap or recommendation, linked to it in the same step. */
export function ObjectiveFromGapForm({ entry, onDone, onCancel }: EntryFormProps) {
  const { t } = useTranslation()
  const { form, values, update, bind } = useAssessmentFields(
    FORM,
    {
      code: '',
      title: clip(entry.text || local(entry.itemTitle), 200),
      description: clip(
        t('assessments.trace.objectiveDescription', {
          code: entry.itemCode,
          item: local(entry.itemTitle),
          assessment: entry.assessmentTitle,
        }),
        4000,
      ),
      owner: clip(entry.responsibleUnit, 120),
      status: 'draft' as ObjectiveStatus,
    },
    { title: 'objectiveTitle', status: 'objectiveStatus' },
  )
  const createObjectiveFromGap = useAssessmentsStore((s) => s.createObjectiveFromGap)
  const planTargets = useAssessmentsStore((s) => s.planTargets)

  useEffect(() => {
    void planTargets().then((r) => {
      if (!r.ok) return
      const codes = r.value.flatMap((p) => (p.code ? [p.code] : []))
      update((f) => (f.code ? f : { ...f, code: nextObjectiveCode(codes) }))
    })
  }, [planTargets, update])

  async function onSubmit(): Promise<void> {
    const { sourceType, sourceId } = entry
    const done = await form.run(() => createObjectiveFromGap({ ...values, sourceType, sourceId }))
    if (done?.ok) onDone(t('assessments.trace.objectiveCreated', { code: done.value.code }))
  }

  return (
    <FormFrame
      summary={form.summary}
      saving={form.saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
      submitLabel={t('assessments.trace.createObjective')}
    >
      <p className="section-help">{t('assessments.trace.objectiveHelp')}</p>
      <TextInput
        {...bind('code')}
        description={t('objectives.codeHelp')}
        isRequired
        maxLength={20}
        size="short"
        autoFocus
      />
      <TextInput {...bind('title')} isRequired maxLength={200} />
      <TextInput {...bind('description')} maxLength={4000} multiline />
      <TextInput {...bind('owner')} maxLength={120} />
      <SelectField
        {...bind('status')}
        options={OBJECTIVE_STATUSES.map((id) => ({ id, label: t(`objectives.statuses.${id}`) }))}
        isRequired
      />
    </FormFrame>
  )
}
