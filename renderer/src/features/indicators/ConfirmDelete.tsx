import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, Result } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { ErrorNotice } from '../../components/Notice'

interface ConfirmDeleteProps {
  title: string
  isOpen: boolean
  /** The question naming what goes, and what goes with it. */
  question: string
  explanation: string
  onClose(): void
  onConfirm(): Promise<Result<unknown>>
  onDeleted(): void
}

/** Asks before deleting; the safe choice (Cancel) has focus, and a refusal is shown in words. */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { t } = useTranslation()
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  function close(): void {
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
    } else {
      setFailure(result.error)
    }
  }

  return (
    <ModalDialog title={props.title} isOpen={props.isOpen} onClose={close} role="alertdialog">
      <p className="dialog-question">{props.question}</p>
      <p>{props.explanation}</p>
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
