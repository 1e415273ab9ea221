import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../components/Notice'
import type { PanelData } from './use-panel-data'

interface PanelProps<T> {
  /** Stable name, exposed as `data-panel`, used for the heading's id and its texts
   *  (`dashboardPanels.<name>.heading`, `.link`). */
  name: string
  /** What `usePanelData` gives: the panel's state and how to read it again. */
  source: { data: PanelData<T>; reload(): void }
  /** The full view the panel summarises, linked whatever the panel's state. */
  href: string
  /** Further links after the first. */
  moreLinks?: { href: string; text: string }[]
  /** Draws attention to the panel (something the head of unit should act on). */
  alert?: boolean
  children: (value: T) => ReactNode
}

/** One dashboard panel: a titled region that loads, fails and retries on its own. */
export function Panel<T>(props: PanelProps<T>) {
  const { t } = useTranslation()
  const headingId = `dash-${props.name}-heading`
  const { data, reload } = props.source
  const links = [
    { href: props.href, text: t(`dashboardPanels.${props.name}.link`) },
    ...(props.moreLinks ?? []),
  ]
  return (
    <section
      className={props.alert ? 'dash-panel dash-panel-alert' : 'dash-panel'}
      aria-labelledby={headingId}
      aria-busy={data.status === 'loading'}
      data-panel={props.name}
      data-state={data.status}
    >
      <h2 id={headingId}>{t(`dashboardPanels.${props.name}.heading`)}</h2>
      <div className="dash-panel-body">
        {data.status === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
        {data.status === 'error' ? <ErrorNotice error={data.error} onRetry={reload} /> : null}
        {data.status === 'ready' ? props.children(data.value) : null}
      </div>
      <p className="dash-links">
        {links.map((l) => (
          <a key={l.href} className="card-link" href={l.href}>
            {l.text}
          </a>
        ))}
      </p>
    </section>
  )
}

/** A listed item's code and title (an objective, an indicator, a risk, an action). */
export function ItemHead({ code, title }: { code: ReactNode; title: string }) {
  return (
    <span className="dash-item-head">
      <span className="dash-code">{code}</span> <span className="dash-item-title">{title}</span>
    </span>
  )
}

/** A bar with its figures in words, and what is behind in bold after a dot. */
export function ProgressLine(props: { percent: number; text: string; behind?: string }) {
  return (
    <span className="dash-progress">
      <Bar percent={props.percent} />
      <span>
        {props.text}
        {props.behind ? (
          <>
            {' · '}
            <strong className="dash-alert-text">{props.behind}</strong>
          </>
        ) : null}
      </span>
    </span>
  )
}

/** A progress bar drawn in SVG (no inline style under the CSP); the numbers say it in words. */
export function Bar({ percent }: { percent: number }) {
  const width = Math.max(0, Math.min(100, percent))
  return (
    <svg className="dash-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
      <rect className="dash-bar-track" x="0" y="0" width="100" height="8" rx="2" />
      <rect className="dash-bar-fill" x="0" y="0" width={width} height="8" rx="2" />
    </svg>
  )
}

/** A labelled figure of a panel's summary row. */
export function Figure(props: { label: string; value: ReactNode; testId: string; tone?: 'alert' }) {
  return (
    <div className={props.tone ? `dash-figure dash-figure-${props.tone}` : 'dash-figure'}>
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.value}</dd>
    </div>
  )
}
