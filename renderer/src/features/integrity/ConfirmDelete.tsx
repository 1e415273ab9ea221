import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, Result } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { ErrorNotice } from '../../components/Notice'

interface ConfirmDeleteProps {
  /** The question naming the record, or null when closed. */
  question: string | null
  title: string
  onClose(): void
  onConfirm(): Promise<Result<unknown>>
  onDeleted(): void
}

/** Asks before deleting an integrity record; the safe choice (Cancel) has focus. */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { t } = useTranslation()
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const close = () => {
    setFailure(null)
    props.onClose()
  }
  async function confirm(): Promise<void> {
    if (busy) return
    setBusy(true)
    const result = await props.onConfirm()
    setBusy(false)
    if (result.ok) {
      setFailure(null)
      props.onDeleted()
    } else setFailure(result.error)
  }

  return (
    <ModalDialog
      title={props.title}
      isOpen={props.question !== null}
      onClose={close}
      role="alertdialog"
    >
      <p className="dialog-question">{props.question}</p>
      <p>{t('integrity.deleteExplanation')}</p>
      {failure ? <ErrorNotice error={failure} /> : null}
      <div className="form-buttons">
        <Button className="button button-secondary" onPress={close} autoFocus isDisabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-danger" onPress={() => void confirm()} isDisabled={busy}>
          {t('common.delete')}
        </Button>
      </div>
    </ModalDialog>
  )
}
