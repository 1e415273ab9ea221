import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, RestorePreview } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { useBackupStore } from '../../stores/backup-store'
import { formatMoment } from './DataSafetyFormat'
import { DataSafetyError } from './DataSafetyNotices'

interface DataSafetyRestoreDialogProps {
  /** What restoring the chosen backup would discard; null when the dialog is closed. */
  preview: RestorePreview | null
  /** The data is open read-only (damaged): what is lost may not be countable. */
  damaged: boolean
  onCancel(): void
}

/** What a restore would lose, in words; asks before replacing the data (Cancel has focus). */
export function DataSafetyRestoreDialog({
  preview,
  damaged,
  onCancel,
}: DataSafetyRestoreDialogProps) {
  const { t, i18n } = useTranslation()
  const restore = useBackupStore((s) => s.restore)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  async function confirm(): Promise<void> {
    if (!preview || busy) return
    setBusy(true)
    setFailure(null)
    const result = await restore(preview.backup.name)
    // On success the page reloads with the restored data; nothing more to do here.
    if (!result.ok) {
      setBusy(false)
      setFailure(result.error)
    }
  }

  const close = () => {
    if (busy) return
    setFailure(null)
    onCancel()
  }
  const when = preview ? formatMoment(preview.backup.takenAt, i18n.language) : ''

  function lossSentence(p: RestorePreview): string {
    if (p.entriesLost > 0) return t('dataSafety.dialog.lost', { count: p.entriesLost, date: when })
    if (damaged) return t('dataSafety.dialog.damagedUncounted', { date: when })
    return t('dataSafety.dialog.nothingLost', { date: when })
  }

  return (
    <ModalDialog
      title={preview ? t('dataSafety.dialog.title', { date: when }) : ''}
      isOpen={preview !== null}
      onClose={close}
      role="alertdialog"
      size="small"
    >
      {preview ? (
        <>
          <p className="dialog-question" data-testid="restore-loss">
            {lossSentence(preview)}
          </p>
          {preview.entriesLost > 1 && preview.lastEntryAt ? (
            <p>
              {t('dataSafety.dialog.lastChange', {
                date: formatMoment(preview.lastEntryAt, i18n.language),
              })}
            </p>
          ) : null}
          <p>{t('dataSafety.dialog.explain', { date: when })}</p>
          <DataSafetyError error={failure} />
          <div className="form-buttons">
            <Button className="button button-secondary" onPress={close} autoFocus isDisabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button
              className="button button-danger"
              onPress={() => void confirm()}
              isDisabled={busy}
            >
              {busy ? t('dataSafety.dialog.restoring') : t('dataSafety.dialog.confirm')}
            </Button>
          </div>
        </>
      ) : null}
    </ModalDialog>
  )
}
