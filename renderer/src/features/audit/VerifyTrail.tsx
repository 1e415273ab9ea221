import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, AuditVerification } from '../../../../shared/contract'
import { ErrorNotice } from '../../components/Notice'
import { useAuditStore } from '../../stores/audit-store'

/** Recomputes the hash chain on request and says, in words, whether it is intact. */
export function VerifyTrail() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<AuditVerification | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)

  async function verify(): Promise<void> {
    setBusy(true)
    setOutcome(null)
    setFailure(null)
    const result = await useAuditStore.getState().verify()
    setBusy(false)
    if (result.ok) setOutcome(result.value)
    else setFailure(result.error)
  }

  return (
    <section className="panel" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('audit.verifyHeading')}</h2>
      <p className="section-help">{t('audit.verifyHelp')}</p>
      <Button className="button button-secondary" onPress={() => void verify()} isDisabled={busy}>
        {t('audit.verify')}
      </Button>
      <div role="status" className="verify-result" data-outcome={outcomeName(busy, outcome)}>
        {busy ? <p className="muted">{t('audit.verifying')}</p> : null}
        {outcome?.intact ? (
          <p className="notice notice-success">{t('audit.intact', { count: outcome.checked })}</p>
        ) : null}
        {outcome && !outcome.intact ? (
          <p className="notice notice-error">
            {t('audit.broken', {
              seq: outcome.firstBad?.seq ?? '?',
              problem: outcome.firstBad?.problem ?? '',
            })}
          </p>
        ) : null}
      </div>
      {failure ? <ErrorNotice error={failure} /> : null}
    </section>
  )
}

function outcomeName(busy: boolean, outcome: AuditVerification | null): string {
  if (busy) return 'checking'
  if (!outcome) return 'none'
  return outcome.intact ? 'intact' : 'broken'
}
