import type { ReactNode } from 'react'
import { FilePicker } from './FilePicker'

interface FileFieldProps {
  id: string
  label: string
  /** Help under the label, read with the input. */
  help: string
  accept: string
  /** False when the field shows the chosen file itself (see `children`). */
  showName?: boolean
  onChoose(file: File | null): void
  /** What follows the picker: the chosen file, a problem with it. */
  children?: ReactNode
}

/** A labelled file input with its help text, in the interface language. */
export function FileField({
  id,
  label,
  help,
  accept,
  showName,
  onChoose,
  children,
}: FileFieldProps) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <span id={`${id}-help`} className="field-help">
        {help}
      </span>
      <FilePicker
        id={id}
        accept={accept}
        describedBy={`${id}-help`}
        showName={showName}
        onChoose={onChoose}
      />
      {children}
    </div>
  )
}
