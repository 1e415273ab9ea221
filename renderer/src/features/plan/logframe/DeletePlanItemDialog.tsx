import { useTranslation } from 'react-i18next'
import type { Result } from '../../../../../shared/contract'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { planErrorText } from '../plan-errors'
import { levelWord } from '../plan-format'

/** The item to delete, named as the user sees it. */
export interface DeletableItem {
  kind: 'outcome' | 'output' | 'activity' | 'project'
  label: string
  text: string
  remove(): Promise<Result<unknown>>
}

interface DeletePlanItemDialogProps {
  item: DeletableItem | null
  onClose(): void
  onDeleted(message: string): void
}

/**
 * Asks before deleting, naming the item. A refusal (children or dependants still there) is shown
 * in words that say what to move first, and Delete stays disabled (it would be refused again).
 */
export function DeletePlanItemDialog({ item, onClose, onDeleted }: DeletePlanItemDialogProps) {
  const { t } = useTranslation()
  const level = item ? levelWord(t, item.kind) : ''
  return (
    <ConfirmDialog
      title={t('plan.delete.title', { level })}
      isOpen={item !== null}
      question={
        item ? t('plan.delete.question', { level, label: item.label, text: item.text }) : undefined
      }
      onConfirm={() => item!.remove()}
      onClose={onClose}
      onDone={() => onDeleted(t('plan.delete.done', { level, label: item?.label ?? '' }))}
      failureText={(error) => planErrorText(t, error)}
      holdAfterRefusal
    >
      <p>
        {t(
          item?.kind === 'activity' ? 'plan.delete.activityExplanation' : 'plan.delete.explanation',
        )}
      </p>
    </ConfirmDialog>
  )
}
