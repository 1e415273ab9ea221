import { useEffect, useMemo, useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { offTrack } from '../../../../shared/domain/indicator-status'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { useIndicatorsStore } from '../../stores/indicators-store'
import { IndicatorDetailPage } from './IndicatorDetailPage'
import { IndicatorForm } from './IndicatorForm'
import { IndicatorsTable } from './IndicatorsTable'
import { hrefFor, useIndicatorRoute, type IndicatorRoute } from './use-indicator-route'
import './indicators.css'

/** Performance indicators: the list, the off-track list and one indicator's detail. */
export function IndicatorsView() {
  const { t } = useTranslation()
  const route = useIndicatorRoute()
  const status = useIndicatorsStore((s) => s.status)
  const error = useIndicatorsStore((s) => s.error)
  const summaries = useIndicatorsStore((s) => s.summaries)
  const targets = useIndicatorsStore((s) => s.targets)
  const [creating, setCreating] = useState(false)
  const key = route.page === 'detail' ? `detail:${route.id}` : route.page
  // A notice belongs to the page it was given on, so it disappears when the user moves on.
  const [notice, setNotice] = useState<{ key: string; text: string } | null>(null)
  const late = useMemo(() => offTrack(summaries), [summaries])
  const shown = useRef(key)

  useEffect(() => {
    void useIndicatorsStore.getState().load()
  }, [])

  // Moving between pages of the view is a navigation too: announce it by focusing the heading.
  useEffect(() => {
    if (shown.current === key) return
    shown.current = key
    document.querySelector<HTMLElement>('main h1')?.focus()
  }, [key])

  const tabs: { route: IndicatorRoute; label: string }[] = [
    { route: { page: 'list' }, label: t('indicators.tabs.all', { count: summaries.length }) },
    { route: { page: 'offTrack' }, label: t('indicators.tabs.offTrack', { count: late.length }) },
  ]

  return (
    <ViewMain
      view="indicators"
      state={combineStatus(status)}
      title={t('indicators.title')}
      intro={t('indicators.intro')}
      error={error}
      onRetry={() => void useIndicatorsStore.getState().refresh()}
      actions={
        <Button className="button button-primary" onPress={() => setCreating(true)}>
          {t('indicators.new')}
        </Button>
      }
    >
      <nav className="subnav" aria-label={t('indicators.tabs.label')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.route.page}>
              <a
                href={hrefFor(tab.route)}
                className="subnav-link"
                aria-current={tab.route.page === route.page ? 'page' : undefined}
              >
                {tab.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <StatusNotice message={notice?.key === key ? notice.text : null} />
      {route.page === 'detail' ? (
        <IndicatorDetailPage
          id={route.id}
          summary={summaries.find((s) => s.id === route.id)}
          onNotice={(text) => setNotice(text === null ? null : { key, text })}
        />
      ) : route.page === 'offTrack' ? (
        <section aria-labelledby="off-track-heading">
          <h2 id="off-track-heading">{t('indicators.offTrack.heading')}</h2>
          <p className="section-help">{t('indicators.offTrack.help')}</p>
          {late.length ? (
            <IndicatorsTable
              indicators={late}
              caption={t('indicators.offTrack.caption')}
              offTrack
            />
          ) : (
            <p className="empty">{t('indicators.offTrack.empty')}</p>
          )}
        </section>
      ) : summaries.length ? (
        <IndicatorsTable indicators={summaries} caption={t('indicators.caption')} />
      ) : (
        <p className="empty">
          {targets.length ? t('indicators.empty') : t('indicators.emptyNoPlan')}
        </p>
      )}
      <ModalDialog
        title={t('indicators.newTitle')}
        isOpen={creating}
        onClose={() => setCreating(false)}
        size="large"
      >
        <IndicatorForm
          onCancel={() => setCreating(false)}
          onSaved={(message, id) => {
            setCreating(false)
            setNotice({ key: `detail:${id}`, text: message })
            window.location.hash = hrefFor({ page: 'detail', id })
          }}
        />
      </ModalDialog>
    </ViewMain>
  )
}
