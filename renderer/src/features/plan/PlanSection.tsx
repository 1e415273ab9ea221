import type { ReactNode } from 'react'

interface PlanSectionProps {
  /** Names the section: its heading's id is `<name>-heading`. */
  name: string
  heading: string
  /** Beside the heading: a New or Edit button, a choice of what to show. */
  action?: ReactNode
  help?: string
  /** For a help text that controls point to (aria-describedby). */
  helpId?: string
  className?: string
  children: ReactNode
}

/** One part of the plan page: its heading with an action beside it, a line of help, the content. */
export function PlanSection(props: PlanSectionProps) {
  const headingId = `${props.name}-heading`
  return (
    <section aria-labelledby={headingId} className={props.className ?? 'plan-section'}>
      <div className="plan-heading-row">
        <h2 id={headingId}>{props.heading}</h2>
        {props.action}
      </div>
      {props.help ? (
        <p className="section-help" id={props.helpId}>
          {props.help}
        </p>
      ) : null}
      {props.children}
    </section>
  )
}
