import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, Result } from '../../../../../shared/contract'
import { ModalDialog } from '../../../components/ModalDialog'
import { PlanErrorNotice } from '../plan-errors'
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
 * Asks before deleting, naming the item; the safe choice (Cancel) has focus. A refusal (children
 * or dependants still there) is shown in the dialog in words that say what to move first.
 */
export function DeletePlanItemDialog({ item, onClose, onDeleted }: DeletePlanItemDialogProps) {
  const { t } = useTranslation()
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  function close(): void {
    setFailure(null)
    onClose()
  }

  async function confirm(): Promise<void> {
    if (!item || busy) return
    setBusy(true)
    const result = await item.remove()
    setBusy(false)
    if (result.ok) {
      setFailure(null)
      onDeleted(t('plan.delete.done', { level: levelWord(t, item.kind), label: item.label }))
    } else {
      setFailure(result.error)
    }
  }

  const level = item ? levelWord(t, item.kind) : ''
  return (
    <ModalDialog
      title={t('plan.delete.title', { level })}
      isOpen={item !== null}
      onClose={close}
      role="alertdialog"
    >
      {item ? (
        <>
          <p className="dialog-question">
            {t('plan.delete.question', { level, label: item.label, text: item.text })}
          </p>
          <p>
            {t(
              item.kind === 'activity'
                ? 'plan.delete.activityExplanation'
                : 'plan.delete.explanation',
            )}
          </p>
          <PlanErrorNotice t={t} error={failure} />
          <div className="form-buttons">
            <Button className="button button-secondary" onPress={close} autoFocus isDisabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button
              className="button button-danger"
              onPress={() => void confirm()}
              isDisabled={busy || failure !== null}
            >
              {t('common.delete')}
            </Button>
          </div>
        </>
      ) : null}
    </ModalDialog>
  )
}
