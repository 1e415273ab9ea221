import { useState, type ReactNode } from 'react'
import type { Result } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { ConfirmDelete } from './ConfirmDelete'

type Editing<T> = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; record: T }

/** What a tab of records has open: the form (new or editing one), the delete question, a notice. */
export function useRecordDialogs<T>() {
  const [editing, setEditing] = useState<Editing<T>>({ mode: 'closed' })
  const [deleting, setDeleting] = useState<T | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const close = () => setEditing({ mode: 'closed' })
  return {
    isOpen: editing.mode !== 'closed',
    /** The record in the form, or undefined for a new one. */
    edited: editing.mode === 'edit' ? editing.record : undefined,
    deleting,
    notice,
    setNotice,
    startNew() {
      setNotice(null)
      setEditing({ mode: 'new' })
    },
    startEdit(record: T) {
      setNotice(null)
      setEditing({ mode: 'edit', record })
    },
    close,
    /** Closes the form and says what was saved. */
    saved(message: string) {
      close()
      setNotice(message)
    },
    askDelete: setDeleting,
  }
}

export type RecordDialogState<T> = ReturnType<typeof useRecordDialogs<T>>

interface RecordDialogsProps<T> {
  state: RecordDialogState<T>
  newTitle: string
  editTitle: string
  /** The form, for the record edited or a new one. */
  children: ReactNode
  deleteTitle: string
  deleteQuestion(record: T): string
  onDelete(record: T): Promise<Result<unknown>>
  /** The notice once the record is gone. */
  deletedNotice(record: T): string
  afterDelete?(): void
}

/** The form dialog and the delete question of a tab of integrity records. */
export function RecordDialogs<T>(props: RecordDialogsProps<T>) {
  const { state } = props
  const deleting = state.deleting
  return (
    <>
      <ModalDialog
        title={state.edited ? props.editTitle : props.newTitle}
        isOpen={state.isOpen}
        onClose={state.close}
        size="large"
      >
        {props.children}
      </ModalDialog>
      <ConfirmDelete
        title={props.deleteTitle}
        question={deleting ? props.deleteQuestion(deleting) : null}
        onClose={() => state.askDelete(null)}
        onConfirm={() => props.onDelete(deleting!)}
        onDeleted={() => {
          if (deleting) state.setNotice(props.deletedNotice(deleting))
          state.askDelete(null)
          props.afterDelete?.()
        }}
      />
    </>
  )
}
