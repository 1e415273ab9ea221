import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  INTEGRITY_METHODS,
  type IntegrityAssessment,
  type IntegrityMethod,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { useIntegrityStore } from '../../stores/integrity-store'
import { NumberField } from '../../components/NumberField'
import { SensitivityField } from './SensitivityField'
import { useIntegrityFields } from './integrity-labels'
import { FormFrame } from '../../components/form/FormFrame'
import { saveRecord } from '../../components/form/save-record'
import { TitleDateFields } from './TitleDateFields'

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
  const { form, values, bind } = useIntegrityFields('assessment', {
    title: a?.title ?? '',
    assessedOn: a?.assessedOn ?? '',
    method: (a?.method ?? 'self_assessment') as IntegrityMethod,
    participantCount: a?.participantCount ?? null,
    participants: a?.participants ?? '',
    sensitivity: a?.sensitivity ?? 1,
  })

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const result = await saveRecord(
      form,
      a,
      values,
      {
        channel: 'integrity:createAssessment',
        extra: { frameworkId: props.frameworkId },
        send: createAssessment,
      },
      { channel: 'integrity:updateAssessment', send: updateAssessment },
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
      <TitleDateFields title={bind('title')} date={bind('assessedOn')}>
        <SelectField
          {...bind('method')}
          options={INTEGRITY_METHODS.map((id) => ({ id, label: t(`integrity.methods.${id}`) }))}
          isRequired
        />
      </TitleDateFields>
      <NumberField {...bind('participantCount')} size="short" />
      <TextInput
        {...bind('participants')}
        description={t('integrity.participantsHelp')}
        maxLength={2000}
        multiline
      />
      <SensitivityField {...bind('sensitivity')} classifications={props.classifications} />
    </FormFrame>
  )
}
