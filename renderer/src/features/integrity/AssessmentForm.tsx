import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  INTEGRITY_METHODS,
  validateInput,
  type IntegrityAssessment,
  type IntegrityMethod,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { useIntegrityStore } from '../../stores/integrity-store'
import { NumberField } from '../../components/NumberField'
import { SensitivityField } from './SensitivityField'
import { useFormSubmit } from '../../components/form/use-form-submit'
import { integrityWording } from './integrity-labels'
import { FormFrame } from '../../components/form/FormFrame'

interface AssessmentFormProps {
  frameworkId: number
  classifications: string[]
  /** The assessment being edited, or undefined for a new one. */
  assessment?: IntegrityAssessment
  onSaved(saved: IntegrityAssessment): void
  onCancel(): void
}

/** Creates or edits an assessment's own details: title, date, method, participants, marking. */
export function AssessmentForm(props: AssessmentFormProps) {
  const { t } = useTranslation()
  const createAssessment = useIntegrityStore((s) => s.createAssessment)
  const updateAssessment = useIntegrityStore((s) => s.updateAssessment)
  const a = props.assessment
  const [title, setTitle] = useState(a?.title ?? '')
  const [assessedOn, setAssessedOn] = useState(a?.assessedOn ?? '')
  const [method, setMethod] = useState<IntegrityMethod>(a?.method ?? 'self_assessment')
  const [participantCount, setCount] = useState<number | null>(a?.participantCount ?? null)
  const [participants, setParticipants] = useState(a?.participants ?? '')
  const [sensitivity, setSensitivity] = useState(a?.sensitivity ?? 1)
  const form = useFormSubmit('assessment', integrityWording(t))

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const fields = { title, assessedOn, method, participants, participantCount, sensitivity }
    const result = a
      ? await form.submit(
          validateInput('integrity:updateAssessment', { ...fields, id: a.id, version: a.version }),
          (valid) => updateAssessment(valid),
        )
      : await form.submit(
          validateInput('integrity:createAssessment', {
            ...fields,
            frameworkId: props.frameworkId,
          }),
          (valid) => createAssessment(valid),
        )
    if (result?.ok) props.onSaved(result.value)
  }

  return (
    <FormFrame
      summary={form.summary}
      saving={form.saving}
      onSubmit={onSubmit}
      onCancel={props.onCancel}
    >
      <TextInput
        id={form.id('title')}
        label={t('integrity.fields.title')}
        value={title}
        onChange={setTitle}
        errors={form.errors('title')}
        isRequired
        maxLength={200}
        autoFocus
      />
      <div className="ig-field-row">
        <TextInput
          id={form.id('assessedOn')}
          label={t('integrity.fields.assessedOn')}
          description={t('integrity.dateHelp')}
          value={assessedOn}
          onChange={setAssessedOn}
          errors={form.errors('assessedOn')}
          isRequired
          size="short"
        />
        <SelectField
          id={form.id('method')}
          label={t('integrity.fields.method')}
          options={INTEGRITY_METHODS.map((id) => ({ id, label: t(`integrity.methods.${id}`) }))}
          value={method}
          onChange={(v) => setMethod(v)}
          errors={form.errors('method')}
          isRequired
        />
      </div>
      <NumberField
        id={form.id('participantCount')}
        label={t('integrity.fields.participantCount')}
        value={participantCount}
        onChange={setCount}
        errors={form.errors('participantCount')}
        size="short"
      />
      <TextInput
        id={form.id('participants')}
        label={t('integrity.fields.participants')}
        description={t('integrity.participantsHelp')}
        value={participants}
        onChange={setParticipants}
        errors={form.errors('participants')}
        maxLength={2000}
        multiline
      />
      <SensitivityField
        id={form.id('sensitivity')}
        classifications={props.classifications}
        value={sensitivity}
        onChange={setSensitivity}
        errors={form.errors('sensitivity')}
      />
    </FormFrame>
  )
}
