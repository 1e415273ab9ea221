import { useTranslation } from 'react-i18next'
import type { IntegrityFactor } from '../../../../shared/contract'
import { useLocal } from './integrity-format'

/**
 * A factor's code and title. A factor the pack could not confirm says so wherever it appears,
 * with the pack's note one keypress away (a native disclosure, so it works without a pointer).
 */
export function FactorLabel({ factor, compact }: { factor: IntegrityFactor; compact?: boolean }) {
  const { t } = useTranslation()
  const local = useLocal()
  return (
    <span className="ig-factor-label">
      <span className="ig-factor-code">{factor.code}</span>{' '}
      <span className="ig-factor-title">{local(factor.title)}</span>
      {factor.confirmed ? null : (
        <details className={compact ? 'ig-unconfirmed ig-unconfirmed-compact' : 'ig-unconfirmed'}>
          <summary>{t('integrity.unconfirmed')}</summary>
          <span className="ig-unconfirmed-note">
            {local(factor.note) || t('integrity.unconfirmedNoNote')}
          </span>
        </details>
      )}
    </span>
  )
}
