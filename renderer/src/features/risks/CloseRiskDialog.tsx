import type { Risk } from '../../../../shared/contract'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useRisksStore } from '../../stores/risks-store'
import { useRiskText } from './risk-text'

interface CloseRiskDialogProps {
  risk: Risk | null
  onCancel(): void
  onClosed(message: string): void
}

/** Asks before closing a risk, naming it; the safe choice (Cancel) has focus. */
export function CloseRiskDialog({ risk, onCancel, onClosed }: CloseRiskDialogProps) {
  const { t } = useRiskText()
  const close = useRisksStore((s) => s.close)
  return (
    <ConfirmDialog
      title={risk ? t('risks.closeTitle', { code: risk.code }) : ''}
      isOpen={risk !== null}
      question={risk ? t('risks.closeDialog.question', { code: risk.code, title: risk.title }) : ''}
      confirmLabel={t('risks.closeDialog.confirm')}
      confirmTone="primary"
      onConfirm={() => close({ id: risk!.id, version: risk!.version })}
      onClose={onCancel}
      onDone={() => onClosed(t('risks.closed', { code: risk?.code ?? '' }))}
    >
      <p>{t('risks.closeDialog.explain')}</p>
    </ConfirmDialog>
  )
}
