import { useTranslation } from 'react-i18next'
import type { Objective } from '../../../../shared/contract'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { usePlanStore } from '../../stores/plan-store'
import { planErrorText } from './plan-errors'

interface DeleteObjectiveDialogProps {
  objective: Objective | null
  onClose(): void
  onDeleted(message: string): void
}

/** Asks before deleting, naming the objective; a refusal says what to move first. */
export function DeleteObjectiveDialog({
  objective,
  onClose,
  onDeleted,
}: DeleteObjectiveDialogProps) {
  const { t } = useTranslation()
  const remove = usePlanStore((s) => s.deleteObjective)
  return (
    <ConfirmDialog
      title={t('objectives.deleteTitle')}
      isOpen={objective !== null}
      question={
        objective
          ? t('objectives.deleteQuestion', { code: objective.code, title: objective.title })
          : undefined
      }
      onConfirm={() => remove(objective!.id)}
      onClose={onClose}
      onDone={() => onDeleted(t('objectives.deleted', { code: objective?.code ?? '' }))}
      failureText={(error) => planErrorText(t, error)}
    >
      <p>{t('objectives.deleteExplanation')}</p>
    </ConfirmDialog>
  )
}
