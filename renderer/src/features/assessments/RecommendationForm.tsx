import { Label, Radio, RadioGroup } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  RECOMMENDATION_ACCEPTANCES,
  RECOMMENDATION_HORIZONS,
  RECOMMENDATION_PRIORITIES,
  type RecommendationAcceptance,
  type RecommendationHorizon,
  type RecommendationPriority,
  type RecommendationView,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { useAssessmentFields } from './labels'
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
  const { form, values, bind } = useAssessmentFields<Fields>(FORM, () => ({
    text: r?.text ?? '',
    priority: r?.priority ?? 'medium',
    horizon: r?.horizon ?? 'short',
    responsibleUnit: r?.responsibleUnit ?? '',
    accepted: r?.accepted ?? 'pending',
  }))

  async function onSubmit(): Promise<void> {
    const result = await form.run(() =>
      r
        ? updateRecommendation({ id: r.id, version: r.version, ...values })
        : addRecommendation({ assessmentItemId: props.assessmentItemId, ...values }),
    )
    if (result?.ok) props.onSaved(t(r ? 'assessments.recs.updated' : 'assessments.recs.added'))
  }

  return (
    <FormFrame
      summary={form.summary}
      saving={form.saving}
      onSubmit={onSubmit}
      onCancel={props.onCancel}
    >
      <TextInput {...bind('text')} isRequired maxLength={4000} multiline autoFocus />
      <Choice
        {...bind('priority')}
        options={RECOMMENDATION_PRIORITIES}
        labelOf={(p) => t(`assessments.priorities.${p}`)}
      />
      <Choice
        {...bind('horizon')}
        options={RECOMMENDATION_HORIZONS}
        labelOf={(h) => t(`assessments.horizons.${h}`)}
      />
      <TextInput {...bind('responsibleUnit')} maxLength={200} />
      <SelectField
        {...bind('accepted')}
        description={t('assessments.recs.acceptedHelp')}
        options={RECOMMENDATION_ACCEPTANCES.map((id) => ({
          id,
          label: t(`assessments.acceptances.${id}`),
        }))}
      />
    </FormFrame>
  )
}
