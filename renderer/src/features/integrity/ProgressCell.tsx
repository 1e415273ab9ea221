import { useTranslation } from 'react-i18next'
import type { IntegrityFactorProgress } from '../../../../shared/contract'

/**
 * A factor's action-plan progress: a bar (drawn in SVG, so no inline style is needed under the
 * Content-Security-Policy) beside the numbers that say the same thing in words.
 */
export function ProgressCell({ progress }: { progress: IntegrityFactorProgress }) {
  const { t } = useTranslation()
  if (progress.percent === null) {
    return <span className="muted">{t('integrity.progress.none')}</span>
  }
  return (
    <span className="ig-progress-cell">
      <svg
        className="ig-progress-bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <rect className="ig-progress-track" x="0" y="0" width="100" height="10" rx="2" />
        <rect
          className="ig-progress-fill"
          x="0"
          y="0"
          width={progress.percent}
          height="10"
          rx="2"
        />
      </svg>
      <span className="ig-progress-text">
        {t('integrity.progress.done', {
          done: progress.done,
          count: progress.total,
          percent: progress.percent,
        })}
      </span>
    </span>
  )
}

/** "2 overdue", as a badge. */
export function OverdueBadge({ count }: { count: number }) {
  const { t } = useTranslation()
  return (
    <span className="badge ig-badge-overdue">
      {t('integrity.overview.overdueCount', { count })}
    </span>
  )
}
