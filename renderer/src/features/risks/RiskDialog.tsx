import type { ReactNode } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'

interface RiskDialogProps {
  title: string
  isOpen: boolean
  onClose(): void
  children: ReactNode
  role?: 'dialog' | 'alertdialog'
  /** `wide` for the risk form and the history; `small` for confirmations. */
  size?: 'wide' | 'small'
}

/** A modal dialog sized for the risk register (focus trapped inside, back to the opener on close). */
export function RiskDialog({
  title,
  isOpen,
  onClose,
  children,
  role,
  size = 'wide',
}: RiskDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      isDismissable={false}
      isKeyboardDismissDisabled={false}
    >
      <Modal className={`modal ${size === 'wide' ? 'modal-risk' : 'modal-small'}`}>
        <Dialog className="dialog" role={role ?? 'dialog'}>
          <Heading slot="title" className="dialog-title" level={2}>
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
