import { useState } from 'react'
import { Button } from 'react-aria-components'
import type { AppError, Risk } from '../../../../shared/contract'
import { ErrorNotice } from '../../components/Notice'
import { useRisksStore } from '../../stores/risks-store'
import { RiskDialog } from './RiskDialog'
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
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  async function confirm(): Promise<void> {
    if (!risk || busy) return
    setBusy(true)
    const result = await close({ id: risk.id, version: risk.version })
    setBusy(false)
    if (result.ok) {
      setFailure(null)
      onClosed(t('risks.closed', { code: risk.code }))
    } else setFailure(result.error)
  }

  return (
    <RiskDialog
      title={risk ? t('risks.closeTitle', { code: risk.code }) : ''}
      isOpen={risk !== null}
      onClose={() => {
        setFailure(null)
        onCancel()
      }}
      role="alertdialog"
      size="small"
    >
      {risk ? (
        <>
          <p className="dialog-question">
            {t('risks.closeDialog.question', { code: risk.code, title: risk.title })}
          </p>
          <p>{t('risks.closeDialog.explain')}</p>
          {failure ? <ErrorNotice error={failure} /> : null}
          <div className="form-buttons">
            <Button
              className="button button-secondary"
              onPress={onCancel}
              autoFocus
              isDisabled={busy}
            >
              {t('common.cancel')}
            </Button>
            <Button
              className="button button-primary"
              onPress={() => void confirm()}
              isDisabled={busy}
            >
              {t('risks.closeDialog.confirm')}
            </Button>
          </div>
        </>
      ) : null}
    </RiskDialog>
  )
}
