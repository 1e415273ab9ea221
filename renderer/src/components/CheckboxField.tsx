import type { ReactNode } from 'react'
import { Checkbox } from 'react-aria-components'

/** The drawn box and tick of a react-aria Checkbox (the input itself is visually hidden). */
export function CheckMark() {
  return (
    <span className="checkbox-box" aria-hidden="true">
      <svg viewBox="0 0 18 18" className="checkbox-tick">
        <polyline points="3.5 9.5 7.5 13 14.5 5" />
      </svg>
    </span>
  )
}

interface CheckboxFieldProps {
  id?: string
  isSelected: boolean
  onChange(isSelected: boolean): void
  children: ReactNode
}

/** One labelled checkbox on its own (a flag, a filter). */
export function CheckboxField({ id, isSelected, onChange, children }: CheckboxFieldProps) {
  return (
    <Checkbox id={id} className="checkbox" isSelected={isSelected} onChange={onChange}>
      <CheckMark />
      {children}
    </Checkbox>
  )
}
