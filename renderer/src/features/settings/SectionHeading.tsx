import type { ReactNode, Ref } from 'react'

/** A form section heading at the level its page needs. */
export function SectionHeading({
  level,
  id,
  headingRef,
  children,
}: {
  level: 2 | 3
  id: string
  headingRef?: Ref<HTMLHeadingElement>
  children: ReactNode
}) {
  const Tag = level === 2 ? 'h2' : 'h3'
  return (
    <Tag id={id} ref={headingRef} tabIndex={-1} className="section-heading">
      {children}
    </Tag>
  )
}
