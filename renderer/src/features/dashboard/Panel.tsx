import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../components/Notice'
import type { PanelData } from './use-panel-data'

interface PanelProps<T> {
  /** Stable name, exposed as `data-panel` and used for the heading's id. */
  name: string
  title: string
  data: PanelData<T>
  onRetry: () => void
  /** Links to the full views, shown whatever the panel's state. */
  links: { href: string; text: string }[]
  /** Draws attention to the panel (something the head of unit should act on). */
  alert?: boolean
  children: (value: T) => ReactNode
}

/** One dashboard panel: a titled region that loads, fails and retries on its own. */
export function Panel<T>(props: PanelProps<T>) {
  const { t } = useTranslation()
  const headingId = `dash-${props.name}-heading`
  const { data } = props
  return (
    <section
      className={props.alert ? 'dash-panel dash-panel-alert' : 'dash-panel'}
      aria-labelledby={headingId}
      aria-busy={data.status === 'loading'}
      data-panel={props.name}
      data-state={data.status}
    >
      <h2 id={headingId}>{props.title}</h2>
      <div className="dash-panel-body">
        {data.status === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
        {data.status === 'error' ? (
          <ErrorNotice error={data.error} onRetry={props.onRetry} />
        ) : null}
        {data.status === 'ready' ? props.children(data.value) : null}
      </div>
      <p className="dash-links">
        {props.links.map((l) => (
          <a key={l.href} className="card-link" href={l.href}>
            {l.text}
          </a>
        ))}
      </p>
    </section>
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
