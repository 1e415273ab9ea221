import { useRef, useState, type ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, Result } from '../../../shared/contract'
import { errorText } from '../lib/problems'
import { focusSensiblePlace } from './focus'
import { ModalDialog } from './ModalDialog'

interface ConfirmDialogProps {
  title: string
  isOpen: boolean
  /** The question naming what goes (shown first, in bold). */
  question?: string
  /** What else goes with it, or why to think twice. */
  children?: ReactNode
  /** The words of the destructive button; "Delete" by default. */
  confirmLabel?: string
  /** `primary` for a step that destroys nothing (closing a record); `danger` by default. */
  confirmTone?: 'danger' | 'primary'
  onConfirm(): Promise<Result<unknown>>
  onClose(): void
  onDone(): void
  /** The domain's wording of a refusal. */
  failureText?(error: AppError): string
  /** Keeps the destructive button disabled after a refusal (it would only be refused again). */
  holdAfterRefusal?: boolean
}

/**
 * Asks before a destructive step. The safe choice (Cancel) has focus; a refusal is shown in words
 * and focus goes back to Cancel, never to the page body; after the step, focus goes to the
 * opener or, when the opener went with the record, to the view's heading.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation()
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const cancel = useRef<HTMLButtonElement>(null)

  function close(): void {
    setFailure(null)
    props.onClose()
    focusSensiblePlace()
  }

  async function confirm(): Promise<void> {
    if (busy) return
    setBusy(true)
    const result = await props.onConfirm()
    setBusy(false)
    if (result.ok) {
      setFailure(null)
      props.onDone()
      focusSensiblePlace()
    } else {
      setFailure(result.error)
      requestAnimationFrame(() => cancel.current?.focus())
    }
  }

  return (
    <ModalDialog title={props.title} isOpen={props.isOpen} onClose={close} role="alertdialog">
      {props.question ? <p className="dialog-question">{props.question}</p> : null}
      {props.children}
      {failure ? (
        <div className="notice notice-error" role="alert">
          <p>{props.failureText ? props.failureText(failure) : errorText(t, failure)}</p>
        </div>
      ) : null}
      <div className="form-buttons">
        <Button
          ref={cancel}
          className="button button-secondary"
          onPress={close}
          autoFocus
          isDisabled={busy}
        >
          {t('common.cancel')}
        </Button>
        <Button
          className={`button button-${props.confirmTone ?? 'danger'}`}
          onPress={() => void confirm()}
          isDisabled={busy || (props.holdAfterRefusal === true && failure !== null)}
        >
          {props.confirmLabel ?? t('common.delete')}
        </Button>
      </div>
    </ModalDialog>
  )
}
