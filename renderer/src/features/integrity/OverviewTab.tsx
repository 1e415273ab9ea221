import { useTranslation } from 'react-i18next'
import type { IntegrityLatestValue } from '../../../../shared/contract'
import { factorProgress } from '../../../../shared/domain/integrity-progress'
import { FactorTable, RatingText } from './FactorTable'
import { ARROWS, formatScore, type IntegrityTabProps } from './integrity-format'
import { OverdueBadge, ProgressCell } from './ProgressCell'
import { formatDate } from '../../lib/format'

/** One screen, one row per factor: rating, action-plan progress, overdue, surveys, risks. */
export function OverviewTab({ data, framework }: IntegrityTabProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const whole = factorProgress(data.actions, data.today)
  const latest = data.assessments[0]

  const score = (v: IntegrityLatestValue | null) => {
    if (!v) return <span className="muted">{t('integrity.overview.noScore')}</span>
    const change = v.previous === null ? null : Math.round((v.value - v.previous) * 10) / 10
    const direction = change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'same'
    return (
      <span className="ig-score-cell">
        <span className="ig-score-line">
          <span className="ig-score-value">{formatScore(v.value, lang)}</span>
          {direction && change !== null ? (
            <span className={`ig-change ig-change-${direction}`}>
              <span aria-hidden="true">{ARROWS[direction]} </span>
              {direction === 'same'
                ? t('integrity.overview.noChange')
                : `${change > 0 ? '+' : '−'}${formatScore(Math.abs(change), lang)}`}
            </span>
          ) : null}
        </span>
        <span className="ig-score-date">{formatDate(v.date, lang)}</span>
      </span>
    )
  }

  return (
    <>
      <div className="integrity-stats">
        <p className="integrity-stat" data-testid="plan-progress">
          <span className="integrity-stat-label">{t('integrity.overview.planProgress')}</span>
          <span className="integrity-stat-figure">
            {whole.percent === null
              ? t('integrity.progress.none')
              : t('integrity.progress.done', {
                  done: whole.done,
                  count: whole.total,
                  percent: whole.percent,
                })}
          </span>
        </p>
        <p className="integrity-stat" data-testid="overdue-total">
          <span className="integrity-stat-label">{t('integrity.overview.overdueActions')}</span>
          <span className="integrity-stat-figure">
            {t('integrity.overview.overdueCount', { count: whole.overdue })}
          </span>
        </p>
        <p className="integrity-stat">
          <span className="integrity-stat-label">{t('integrity.overview.latestAssessment')}</span>
          <span className="integrity-stat-figure integrity-stat-text">
            {latest
              ? t('integrity.overview.assessmentOn', {
                  title: latest.title,
                  date: formatDate(latest.assessedOn, lang),
                })
              : t('integrity.overview.noAssessment')}
          </span>
        </p>
      </div>
      <FactorTable
        framework={framework}
        className="integrity-overview"
        testId="integrity-overview"
        caption={t('integrity.overview.caption', { today: formatDate(data.today, lang) })}
        columns={[
          t('integrity.columns.latestRating'),
          t('integrity.columns.progress'),
          t('integrity.columns.overdue'),
          t('integrity.columns.staffSurvey'),
          t('integrity.columns.privateSurvey'),
          t('integrity.columns.openRisks'),
        ]}
        cells={(f) => {
          const row = data.overview.find((o) => o.factorItemId === f.id)
          if (!row) return null
          return (
            <>
              <td data-cell="rating">
                <RatingText framework={framework} level={row.latestRating?.value ?? null} />
              </td>
              <td data-cell="progress">
                <ProgressCell progress={row.progress} />
              </td>
              <td data-cell="overdue">
                {row.progress.overdue > 0 ? (
                  <OverdueBadge count={row.progress.overdue} />
                ) : (
                  <span className="muted">{t('integrity.overview.noneOverdue')}</span>
                )}
              </td>
              <td data-cell="staff">{score(row.latestScores.staff)}</td>
              <td data-cell="private">{score(row.latestScores.private_sector)}</td>
              <td data-cell="risks" className="ig-cell-number">
                {row.openRisks}
              </td>
            </>
          )
        }}
      />
      <p className="muted integrity-footnote">{t('integrity.overview.footnote')}</p>
    </>
  )
}
