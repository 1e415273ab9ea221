import type { ReactNode } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { mayDismiss } from './form/unsaved-changes'

interface ModalDialogProps {
  title: string
  isOpen: boolean
  onClose(): void
  children: ReactNode
  /** `alertdialog` for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog'
  size?: 'small' | 'large'
}

/**
 * An accessible modal dialog: focus is trapped inside and returns to the opener on close; Escape
 * closes it, after a warning when a form inside holds typed changes.
 */
export function ModalDialog(props: ModalDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        // Escape with typed changes in a form warns once before it discards them.
        if (!open && mayDismiss()) props.onClose()
      }}
      isDismissable={false}
      isKeyboardDismissDisabled={false}
    >
      <Modal className={`modal modal-${props.size ?? 'small'}`}>
        <Dialog className="dialog" role={props.role ?? 'dialog'}>
          <Heading slot="title" className="dialog-title" level={2}>
            {props.title}
          </Heading>
          {props.children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
