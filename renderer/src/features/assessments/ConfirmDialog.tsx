import { useState, type ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, Result } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { ErrorNotice } from '../../components/Notice'

interface ConfirmDialogProps {
  title: string
  isOpen: boolean
  children: ReactNode
  confirmLabel: string
  onConfirm(): Promise<Result<unknown>>
  onClose(): void
  onDone(): void
}

/** Asks before a destructive step; the safe choice (Cancel) has focus. */
export function ConfirmDialog(props: ConfirmDialogProps) {
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
      props.onDone()
    } else {
      setFailure(result.error)
    }
  }
  return (
    <ModalDialog title={props.title} isOpen={props.isOpen} onClose={close} role="alertdialog">
      {props.children}
      {failure ? <ErrorNotice error={failure} /> : null}
      <div className="form-buttons">
        <Button className="button button-secondary" onPress={close} autoFocus isDisabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-danger" onPress={() => void confirm()} isDisabled={busy}>
          {props.confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  )
}
