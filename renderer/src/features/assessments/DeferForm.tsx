import { useTranslation } from 'react-i18next'
import { TextInput } from '../../components/TextInput'
import { useAssessmentsStore } from '../../stores/assessments-store'
import type { EntryFormProps } from './CoverageEntryItem'
import { useAssessmentFields } from './labels'
import { FormFrame } from '../../components/form/FormFrame'

/** Records why the plan does not address an entry (yet). */
export function DeferForm({ entry, onDone, onCancel }: EntryFormProps) {
  const { t } = useTranslation()
  const defer = useAssessmentsStore((s) => s.defer)
  const { form, values, bind } = useAssessmentFields('defer', { reason: '' })

  async function onSubmit(): Promise<void> {
    const { sourceType, sourceId, version } = entry
    const done = await form.run(() => defer({ sourceType, sourceId, version, ...values }))
    if (done?.ok) onDone(t('assessments.trace.deferred'))
  }

  return (
    <FormFrame
      summary={form.summary}
      saving={form.saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
      submitLabel={t('assessments.trace.defer')}
    >
      <p className="na-dialog-subject">{entry.text || entry.itemCode}</p>
      <TextInput
        {...bind('reason')}
        description={t('assessments.trace.reasonHelp')}
        isRequired
        maxLength={2000}
        multiline
        autoFocus
      />
    </FormFrame>
  )
}
