import { useId, useState, type ReactNode } from 'react'

interface DisclosureProps {
  /** Heading level of the title (the button sits inside the heading, as in an accordion). */
  level: 3 | 4
  title: ReactNode
  /** Shown after the heading whether open or not (badges, counts). */
  aside?: ReactNode
  /** Shown under the heading whether open or not (an unconfirmed note, say). */
  notes?: ReactNode
  defaultOpen?: boolean
  className?: string
  children: ReactNode
}

/**
 * A section that opens and closes. Its content is only rendered while open, which keeps the
 * page light for packs of thousands of items.
 */
export function Disclosure(props: DisclosureProps) {
  const [open, setOpen] = useState(props.defaultOpen ?? false)
  const panelId = useId()
  const Heading = `h${props.level}` as const
  return (
    <section className={`disclosure ${props.className ?? ''}`} data-open={open || undefined}>
      <div className="disclosure-head">
        <Heading className="disclosure-title">
          <button
            type="button"
            className="disclosure-button"
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={() => setOpen((o) => !o)}
          >
            <span className="disclosure-arrow" aria-hidden="true" />
            {props.title}
          </button>
        </Heading>
        {props.aside ? <div className="disclosure-aside">{props.aside}</div> : null}
      </div>
      {props.notes}
      {open ? (
        <div id={panelId} className="disclosure-panel">
          {props.children}
        </div>
      ) : null}
    </section>
  )
}

interface KindSectionProps {
  items: readonly unknown[]
  title: string
  defaultOpen?: boolean
  children: ReactNode
}

/** The section of one kind of item, left out when the pack has none. */
export function KindSection({ items, title, defaultOpen, children }: KindSectionProps) {
  if (items.length === 0) return null
  return (
    <Disclosure level={3} title={title} defaultOpen={defaultOpen}>
      {children}
    </Disclosure>
  )
}
