import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  OBJECTIVE_STATUSES,
  type CoverageEntry,
  type ObjectiveStatus,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { useFormSubmit } from '../../components/form/use-form-submit'
import { TextInput } from '../../components/TextInput'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { errorText } from '../../lib/problems'
import { assessmentErrorsAt, assessmentLabelFor, assessmentSummaryItems, local } from './labels'
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
export function ObjectiveFromGapForm({
  entry,
  onDone,
  onCancel,
}: {
  entry: CoverageEntry
  onDone(message: string): void
  onCancel(): void
}) {
  const { t } = useTranslation()
  const [fields, setFields] = useState({
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
  })
  const createObjectiveFromGap = useAssessmentsStore((s) => s.createObjectiveFromGap)
  const planTargets = useAssessmentsStore((s) => s.planTargets)
  const { problems, failure, saving: busy, run } = useFormSubmit(FORM)
  const labelFor = assessmentLabelFor(t)
  const errors = (path: string) => assessmentErrorsAt(t, problems, labelFor, path)
  const set = (patch: Partial<typeof fields>) => setFields((f) => ({ ...f, ...patch }))

  useEffect(() => {
    void planTargets().then((r) => {
      if (!r.ok) return
      const codes = r.value.flatMap((p) => (p.code ? [p.code] : []))
      setFields((f) => (f.code ? f : { ...f, code: nextObjectiveCode(codes) }))
    })
  }, [planTargets])

  function onSubmit(event: FormEvent): void {
    event.preventDefault()
    void run(() =>
      createObjectiveFromGap({
        ...fields,
        sourceType: entry.sourceType,
        sourceId: entry.sourceId,
      }),
    ).then((done) => {
      if (done?.ok) onDone(t('assessments.trace.objectiveCreated', { code: done.value.code }))
    })
  }

  return (
    <FormFrame
      summary={{
        message: failure ? errorText(t, failure) : undefined,
        items: assessmentSummaryItems(t, problems, labelFor, FORM),
      }}
      saving={busy}
      onSubmit={onSubmit}
      onCancel={onCancel}
      submitLabel={t('assessments.trace.createObjective')}
    >
      <p className="section-help">{t('assessments.trace.objectiveHelp')}</p>
      <TextInput
        id={`${FORM}-code`}
        label={t('assessments.fields.code')}
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
        id={`${FORM}-title`}
        label={t('assessments.fields.objectiveTitle')}
        value={fields.title}
        onChange={(title) => set({ title })}
        errors={errors('title')}
        isRequired
        maxLength={200}
      />
      <TextInput
        id={`${FORM}-description`}
        label={t('assessments.fields.description')}
        value={fields.description}
        onChange={(description) => set({ description })}
        errors={errors('description')}
        maxLength={4000}
        multiline
      />
      <TextInput
        id={`${FORM}-owner`}
        label={t('assessments.fields.owner')}
        value={fields.owner}
        onChange={(owner) => set({ owner })}
        errors={errors('owner')}
        maxLength={120}
      />
      <SelectField
        id={`${FORM}-status`}
        label={t('assessments.fields.objectiveStatus')}
        options={OBJECTIVE_STATUSES.map((id) => ({ id, label: t(`objectives.statuses.${id}`) }))}
        value={fields.status}
        onChange={(status) => set({ status })}
        isRequired
      />
    </FormFrame>
  )
}
