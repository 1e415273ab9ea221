import { useTranslation } from 'react-i18next'
import type { Result } from '../../../../shared/contract'
import { ConfirmDialog } from '../../components/ConfirmDialog'

interface ConfirmDeleteProps {
  /** The question naming the record, or null when closed. */
  question: string | null
  title: string
  onClose(): void
  onConfirm(): Promise<Result<unknown>>
  onDeleted(): void
}

/** Asks before deleting an integrity record, saying what goes with it. */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { t } = useTranslation()
  return (
    <ConfirmDialog
      title={props.title}
      isOpen={props.question !== null}
      question={props.question ?? undefined}
      onConfirm={props.onConfirm}
      onClose={props.onClose}
      onDone={props.onDeleted}
    >
      <p>{t('integrity.deleteExplanation')}</p>
    </ConfirmDialog>
  )
}
