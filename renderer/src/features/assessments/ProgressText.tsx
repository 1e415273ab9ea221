import { useTranslation } from 'react-i18next'
import type { AssessmentProgress } from '../../../../shared/contract'

/** "12 of 33 items scored" with a bar; the words carry the meaning, the bar only shows it. */
export function ProgressText({
  progress,
  detailed = false,
}: {
  progress: AssessmentProgress
  detailed?: boolean
}) {
  const { t } = useTranslation()
  const { scored, applicable, notApplicable, carried } = progress
  return (
    <span className="na-progress">
      <span className="na-progress-text" data-testid="progress">
        {t('assessments.progress.scored', { scored, count: applicable })}
      </span>
      <progress
        className="na-progress-bar"
        value={scored}
        max={Math.max(applicable, 1)}
        aria-hidden="true"
      />
      {detailed && notApplicable > 0 ? (
        <span className="muted">
          {t('assessments.progress.notApplicable', { count: notApplicable })}
        </span>
      ) : null}
      {detailed && carried > 0 ? (
        <span className="na-badge na-badge-carried">
          {t('assessments.progress.carried', { count: carried })}
        </span>
      ) : null}
    </span>
  )
}
