import type { ReactNode } from 'react'
import { FieldError, Label, Text } from 'react-aria-components'

interface FieldFrameProps {
  label: string
  description?: string
  /** Translated problems with this field, one a line under it. */
  errors: string[]
  /** The label is still read by screen readers, but a row heading shows it visually. */
  hideLabel?: boolean
  /** The input itself (and any popover it opens). */
  children: ReactNode
}

/**
 * What every field shows inside its react-aria wrapper (TextField, Select, CheckboxGroup…): the
 * label, the help text, the input and its problems under it.
 */
export function FieldFrame({ label, description, errors, hideLabel, children }: FieldFrameProps) {
  return (
    <>
      <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
      {description ? (
        <Text slot="description" className="field-help">
          {description}
        </Text>
      ) : null}
      {children}
      <FieldError className="field-error">
        {errors.map((e) => (
          <span key={e} className="field-error-line">
            {e}
          </span>
        ))}
      </FieldError>
    </>
  )
}

/** What every kit field is given, whatever it edits. */
export interface FieldProps {
  id: string
  label: string
  /** Translated problems with this field; shown under it and make it invalid. */
  errors?: string[]
  description?: string
  isRequired?: boolean
  autoFocus?: boolean
}

/** The props every field's react-aria wrapper takes the same way. */
export function fieldState(props: { id: string; errors?: string[]; isRequired?: boolean }) {
  return {
    id: props.id,
    isInvalid: (props.errors?.length ?? 0) > 0,
    isRequired: props.isRequired,
    validationBehavior: 'aria' as const,
  }
}
