import { useState, type FormEvent } from 'react'
import { Label, Radio, RadioGroup } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  RECOMMENDATION_ACCEPTANCES,
  RECOMMENDATION_HORIZONS,
  RECOMMENDATION_PRIORITIES,
  type AppError,
  type FieldProblem,
  type RecommendationAcceptance,
  type RecommendationHorizon,
  type RecommendationPriority,
  type RecommendationView,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { errorText } from '../../lib/problems'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { assessmentErrorsAt, assessmentLabelFor, assessmentSummaryItems } from './labels'
import { FormFrame } from '../../components/form/FormFrame'

const FORM = 'recommendation'

interface Fields {
  text: string
  priority: RecommendationPriority
  horizon: RecommendationHorizon
  responsibleUnit: string
  accepted: RecommendationAcceptance
}

function Choice<V extends string>(props: {
  id: string
  label: string
  options: readonly V[]
  value: V
  labelOf(v: V): string
  onChange(v: V): void
}) {
  return (
    <RadioGroup
      id={props.id}
      className="field radio-group"
      orientation="horizontal"
      value={props.value}
      onChange={(v) => props.onChange(v as V)}
    >
      <Label className="field-label">{props.label}</Label>
      <div className="radio-list">
        {props.options.map((o) => (
          <Radio key={o} value={o} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            {props.labelOf(o)}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  )
}

interface RecommendationFormProps {
  assessmentItemId: number
  recommendation?: RecommendationView
  onSaved(message: string): void
  onCancel(): void
}

/** Adds or edits one recommendation; shown inside a dialog. */
export function RecommendationForm(props: RecommendationFormProps) {
  const { t } = useTranslation()
  const addRecommendation = useAssessmentsStore((s) => s.addRecommendation)
  const updateRecommendation = useAssessmentsStore((s) => s.updateRecommendation)
  const r = props.recommendation
  const [fields, setFields] = useState<Fields>(() => ({
    text: r?.text ?? '',
    priority: r?.priority ?? 'medium',
    horizon: r?.horizon ?? 'short',
    responsibleUnit: r?.responsibleUnit ?? '',
    accepted: r?.accepted ?? 'pending',
  }))
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const labelFor = assessmentLabelFor(t)
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }))
  const errors = (path: string) => assessmentErrorsAt(t, problems, labelFor, path)

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (saving) return
    setSaving(true)
    setFailure(null)
    const result = await (r
      ? updateRecommendation({ id: r.id, version: r.version, ...fields })
      : addRecommendation({ assessmentItemId: props.assessmentItemId, ...fields }))
    setSaving(false)
    if (result.ok) props.onSaved(t(r ? 'assessments.recs.updated' : 'assessments.recs.added'))
    else if (result.error.details?.length) setProblems(result.error.details)
    else setFailure(result.error)
  }

  return (
    <FormFrame
      summary={{
        message: failure ? errorText(t, failure) : undefined,
        items: assessmentSummaryItems(t, problems, labelFor, FORM),
      }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={props.onCancel}
    >
      <TextInput
        id={`${FORM}-text`}
        label={t('assessments.fields.text')}
        value={fields.text}
        onChange={(text) => set({ text })}
        errors={errors('text')}
        isRequired
        maxLength={4000}
        multiline
        autoFocus
      />
      <Choice
        id={`${FORM}-priority`}
        label={t('assessments.fields.priority')}
        options={RECOMMENDATION_PRIORITIES}
        value={fields.priority}
        labelOf={(p) => t(`assessments.priorities.${p}`)}
        onChange={(priority) => set({ priority })}
      />
      <Choice
        id={`${FORM}-horizon`}
        label={t('assessments.fields.horizon')}
        options={RECOMMENDATION_HORIZONS}
        value={fields.horizon}
        labelOf={(h) => t(`assessments.horizons.${h}`)}
        onChange={(horizon) => set({ horizon })}
      />
      <TextInput
        id={`${FORM}-responsibleUnit`}
        label={t('assessments.fields.responsibleUnit')}
        value={fields.responsibleUnit}
        onChange={(responsibleUnit) => set({ responsibleUnit })}
        errors={errors('responsibleUnit')}
        maxLength={200}
      />
      <SelectField
        id={`${FORM}-accepted`}
        label={t('assessments.fields.accepted')}
        description={t('assessments.recs.acceptedHelp')}
        options={RECOMMENDATION_ACCEPTANCES.map((id) => ({
          id,
          label: t(`assessments.acceptances.${id}`),
        }))}
        value={fields.accepted}
        onChange={(accepted) => set({ accepted })}
      />
    </FormFrame>
  )
}
