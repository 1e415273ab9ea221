import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CoverageEntry } from '../../../../shared/contract'
import { useFormSubmit } from '../../components/form/use-form-submit'
import { TextInput } from '../../components/TextInput'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { errorText } from '../../lib/problems'
import { assessmentErrorsAt, assessmentLabelFor, assessmentSummaryItems } from './labels'
import { FormFrame } from '../../components/form/FormFrame'

/** Records why the plan does not address an entry (yet). */
export function DeferForm({
  entry,
  onDone,
  onCancel,
}: {
  entry: CoverageEntry
  onDone(message: string): void
  onCancel(): void
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const defer = useAssessmentsStore((s) => s.defer)
  const { problems, failure, saving: busy, run } = useFormSubmit('defer')
  const labelFor = assessmentLabelFor(t)

  function onSubmit(event: FormEvent): void {
    event.preventDefault()
    void run(() =>
      defer({
        sourceType: entry.sourceType,
        sourceId: entry.sourceId,
        version: entry.version,
        reason,
      }),
    ).then((done) => {
      if (done?.ok) onDone(t('assessments.trace.deferred'))
    })
  }

  return (
    <FormFrame
      summary={{
        message: failure ? errorText(t, failure) : undefined,
        items: assessmentSummaryItems(t, problems, labelFor, 'defer'),
      }}
      saving={busy}
      onSubmit={onSubmit}
      onCancel={onCancel}
      submitLabel={t('assessments.trace.defer')}
    >
      <p className="na-dialog-subject">{entry.text || entry.itemCode}</p>
      <TextInput
        id="defer-reason"
        label={t('assessments.fields.reason')}
        description={t('assessments.trace.reasonHelp')}
        value={reason}
        onChange={setReason}
        errors={assessmentErrorsAt(t, problems, labelFor, 'reason')}
        isRequired
        maxLength={2000}
        multiline
        autoFocus
      />
    </FormFrame>
  )
}
