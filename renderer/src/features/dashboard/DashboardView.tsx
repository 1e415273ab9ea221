import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { hashFor } from '../../app/route-store'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { useAuditStore } from '../../stores/audit-store'
import { selectObjectives, useObjectivesStore } from '../../stores/objectives-store'

/** The head of unit's overview: real counts now, the rest as it arrives. */
export function DashboardView() {
  const { t } = useTranslation()
  const objectives = useObjectivesStore(useShallow(selectObjectives))
  const objectivesStatus = useObjectivesStore((s) => s.status)
  const auditStatus = useAuditStore((s) => s.status)
  const auditTotal = useAuditStore((s) => s.total)
  const objectivesError = useObjectivesStore((s) => s.error)
  const auditError = useAuditStore((s) => s.error)

  useEffect(() => {
    void useObjectivesStore.getState().load()
    void useAuditStore.getState().load()
  }, [])

  const active = objectives.filter((o) => o.status === 'active').length
  const coming = t('dashboard.coming', { returnObjects: true }) as unknown as string[]
  return (
    <ViewMain
      view="dashboard"
      state={combineStatus(objectivesStatus, auditStatus)}
      title={t('dashboard.title')}
      intro={t('dashboard.intro')}
      error={objectivesError ?? auditError}
      onRetry={() => {
        void useObjectivesStore.getState().refresh()
        void useAuditStore.getState().refresh()
      }}
    >
      <div className="cards">
        <section className="card" aria-labelledby="card-objectives">
          <h2 id="card-objectives">{t('dashboard.objectivesHeading')}</h2>
          <p className="card-figure" data-testid="objective-count">
            {t('dashboard.objectivesCount', { count: objectives.length })}
          </p>
          {objectives.length > 0 ? <p>{t('dashboard.activeCount', { count: active })}</p> : null}
          <a className="card-link" href={hashFor('plan')}>
            {t('dashboard.openPlan')}
          </a>
        </section>
        <section className="card" aria-labelledby="card-audit">
          <h2 id="card-audit">{t('dashboard.auditHeading')}</h2>
          <p className="card-figure" data-testid="audit-count">
            {t('dashboard.auditCount', { count: auditTotal })}
          </p>
          <a className="card-link" href={hashFor('audit')}>
            {t('dashboard.openAudit')}
          </a>
        </section>
      </div>
      <section className="panel" aria-labelledby="dashboard-coming">
        <h2 id="dashboard-coming">{t('dashboard.comingHeading')}</h2>
        <p>{t('dashboard.comingIntro')}</p>
        <ul className="plain-list bulleted">
          {coming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </ViewMain>
  )
}
