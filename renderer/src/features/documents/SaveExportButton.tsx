import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { ExportRecord } from '../../../../shared/contract'
import { useDocumentsStore } from '../../stores/documents-store'
import { useAppStore } from '../../stores/app-store'
import { docErrorText } from './doc-format'

/**
 * Puts an exported file where the user wants it: "Save as…" in the desktop app (the main process
 * shows the dialog), "Download" in browser mode. Says what happened underneath.
 */
export function SaveExportButton({
  record,
  compact = false,
}: {
  record: ExportRecord
  /** In a table row: a small button named after the file, and the outcome announced quietly. */
  compact?: boolean
}) {
  const { t } = useTranslation()
  const desktop = useAppStore((s) => s.info?.mode === 'desktop')
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const names = { reference: record.reference, version: record.docVersion }

  async function save(): Promise<void> {
    setMessage(null)
    setBusy(true)
    const r = await useDocumentsStore.getState().save(record.id)
    setBusy(false)
    if (!r.ok) return setMessage({ text: docErrorText(t, r.error), failed: true })
    const o = r.value
    setMessage({
      failed: false,
      text:
        o.outcome === 'saved'
          ? t('documents.save.saved', { path: o.path })
          : o.outcome === 'cancelled'
            ? t('documents.save.cancelled')
            : t('documents.save.downloaded', { fileName: record.fileName }),
    })
  }

  return (
    <span className={compact ? 'doc-save doc-save-compact' : 'doc-save'}>
      <Button
        className={compact ? 'button button-secondary button-small' : 'button button-primary'}
        isDisabled={busy}
        aria-label={
          compact
            ? t(desktop ? 'documents.save.saveFile' : 'documents.save.downloadFile', names)
            : undefined
        }
        onPress={() => void save()}
      >
        {t(desktop ? 'documents.save.saveAs' : 'documents.save.download')}
      </Button>
      <span
        role={message?.failed ? 'alert' : 'status'}
        className={
          message ? (message.failed ? 'doc-save-message field-error' : 'doc-save-message') : ''
        }
      >
        {message?.text ?? ''}
      </span>
    </span>
  )
}
