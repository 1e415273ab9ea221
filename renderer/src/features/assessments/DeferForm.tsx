import { useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { CoverageEntry } from '../../../../shared/contract'
import { ErrorSummary } from '../../components/ErrorSummary'
import { TextInput } from '../../components/TextInput'
import { assessmentsApi } from '../../lib/assessments-api'
import { errorText } from '../../lib/problems'
import { assessmentErrorsAt, assessmentLabelFor, assessmentSummaryItems } from './labels'
import { useActionForm } from './use-action-form'

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
  const { problems, failure, busy, run } = useActionForm()
  const labelFor = assessmentLabelFor(t)

  function onSubmit(event: FormEvent): void {
    event.preventDefault()
    void run(
      () =>
        assessmentsApi.defer({
          sourceType: entry.sourceType,
          sourceId: entry.sourceId,
          version: entry.version,
          reason,
        }),
      () => onDone(t('assessments.trace.deferred')),
    )
  }

  return (
    <form className="dialog-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary
        message={failure ? errorText(t, failure) : undefined}
        items={assessmentSummaryItems(t, problems, labelFor, 'defer')}
      />
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
      <div className="form-buttons">
        <Button className="button button-secondary" onPress={onCancel} isDisabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {t('assessments.trace.defer')}
        </Button>
      </div>
    </form>
  )
}
