import { useTranslation } from 'react-i18next'
import type { PlanData } from '../../../../shared/contract'
import { planProgress } from './dashboard-figures'
import { Figure, ItemHead, ProgressLine } from './Panel'

/** Activities total, completed and late, the average percent, and a bar per objective. */
export function PlanFigures({ plan }: { plan: PlanData }) {
  const { t } = useTranslation()
  const { overall, objectives } = planProgress(plan)
  if (overall.total === 0) return <p className="dash-empty">{t('dashboardPanels.plan.empty')}</p>
  return (
    <>
      <dl className="dash-figures">
        <Figure label={t('dashboardPanels.plan.total')} value={overall.total} testId="plan-total" />
        <Figure
          label={t('dashboardPanels.plan.completed')}
          value={overall.completed}
          testId="plan-completed"
        />
        <Figure
          label={t('dashboardPanels.plan.late')}
          value={overall.late}
          testId="plan-late"
          tone={overall.late > 0 ? 'alert' : undefined}
        />
        <Figure
          label={t('dashboardPanels.plan.average')}
          value={t('dashboardPanels.plan.percent', { percent: overall.averagePercent ?? 0 })}
          testId="plan-average"
        />
      </dl>
      <h3 className="dash-subheading">{t('dashboardPanels.plan.byObjective')}</h3>
      <ul className="dash-list dash-objectives">
        {objectives.map((o) => (
          <li key={o.id} data-testid="plan-objective">
            <ItemHead code={o.code} title={o.title} />
            {o.averagePercent === null ? (
              <span className="muted">{t('dashboardPanels.plan.noActivities')}</span>
            ) : (
              <ProgressLine
                percent={o.averagePercent}
                text={t('dashboardPanels.plan.objectiveLine', {
                  completed: o.completed,
                  count: o.total,
                  percent: o.averagePercent,
                })}
                behind={
                  o.late > 0
                    ? t('dashboardPanels.plan.objectiveLate', { count: o.late })
                    : undefined
                }
              />
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
