import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../shared/contract'
import { useRouteStore } from '../app/route-store'
import type { LoadStatus } from '../stores/load-status'
import { ErrorNotice } from './Notice'

/** What tests and assistive technology can read off the main region. */
export type ViewState = 'loading' | 'ready' | 'error'

/** Folds the statuses of the stores a view needs into one state. */
export function combineStatus(...statuses: LoadStatus[]): ViewState {
  if (statuses.includes('error')) return 'error'
  return statuses.every((s) => s === 'ready') ? 'ready' : 'loading'
}

interface ViewMainProps {
  /** Stable name of the view, exposed as `data-view`. */
  view: string
  state: ViewState
  title: string
  intro?: ReactNode
  /** Buttons shown beside the heading. */
  actions?: ReactNode
  error?: AppError | null
  onRetry?: () => void
  children?: ReactNode
}

/**
 * The one `<main>` landmark of the page. `data-state="ready"` tells tests the view's data has
 * loaded; focus moves to the heading when the user switches views so screen readers announce it.
 */
export function ViewMain(props: ViewMainProps) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (useRouteStore.getState().navigated) heading.current?.focus()
  }, [])

  return (
    <main
      id="main"
      className="view"
      data-view={props.view}
      data-state={props.state}
      aria-busy={props.state === 'loading'}
    >
      <div className="view-header">
        <h1 ref={heading} tabIndex={-1}>
          {props.title}
        </h1>
        {props.actions && props.state === 'ready' ? (
          <div className="view-actions">{props.actions}</div>
        ) : null}
      </div>
      {props.intro ? <p className="view-intro">{props.intro}</p> : null}
      {props.state === 'loading' ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {props.state === 'error' ? (
        <ErrorNotice error={props.error ?? null} onRetry={props.onRetry} />
      ) : null}
      {props.state === 'ready' ? props.children : null}
    </main>
  )
}
