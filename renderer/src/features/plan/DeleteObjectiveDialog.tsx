import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, Objective } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { useObjectivesStore } from '../../stores/objectives-store'
import { PlanErrorNotice } from './plan-errors'

interface DeleteObjectiveDialogProps {
  objective: Objective | null
  onClose(): void
  onDeleted(message: string): void
}

/** Asks before deleting, naming the objective; the safe choice (Cancel) has focus. */
export function DeleteObjectiveDialog({
  objective,
  onClose,
  onDeleted,
}: DeleteObjectiveDialogProps) {
  const { t } = useTranslation()
  const remove = useObjectivesStore((s) => s.remove)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  function close(): void {
    setFailure(null)
    onClose()
  }

  async function confirm(): Promise<void> {
    if (!objective || busy) return
    setBusy(true)
    const result = await remove(objective.id)
    setBusy(false)
    if (result.ok) {
      setFailure(null)
      onDeleted(t('objectives.deleted', { code: objective.code }))
    } else {
      setFailure(result.error)
    }
  }

  return (
    <ModalDialog
      title={t('objectives.deleteTitle')}
      isOpen={objective !== null}
      onClose={close}
      role="alertdialog"
    >
      {objective ? (
        <>
          <p className="dialog-question">
            {t('objectives.deleteQuestion', { code: objective.code, title: objective.title })}
          </p>
          <p>{t('objectives.deleteExplanation')}</p>
          <PlanErrorNotice t={t} error={failure} />
          <div className="form-buttons">
            <Button className="button button-secondary" onPress={close} autoFocus isDisabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button
              className="button button-danger"
              onPress={() => void confirm()}
              isDisabled={busy}
            >
              {t('common.delete')}
            </Button>
          </div>
        </>
      ) : null}
    </ModalDialog>
  )
}
