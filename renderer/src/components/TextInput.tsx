import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { LengthCounter } from './LengthCounter'

interface TextInputProps {
  id: string
  label: string
  value: string
  onChange(value: string): void
  /** Translated problems with this field; shown under it and make it invalid. */
  errors?: string[]
  description?: string
  multiline?: boolean
  isRequired?: boolean
  /** The contract's limit: a counter appears near it; nothing typed or pasted is ever cut. */
  maxLength?: number
  autoFocus?: boolean
  className?: string
  /** Keeps the field short, e.g. for codes. */
  size?: 'short' | 'medium' | 'full'
  /** The label is still read by screen readers, but a row heading shows it visually. */
  hideLabel?: boolean
}

/**
 * A labelled text field (react-aria) with help text and its problems under it. The limit is
 * shown before it bites (a counter from 80% of it) and reported by validation, never a silent cut.
 */
export function TextInput(props: TextInputProps) {
  const errors = props.errors ?? []
  return (
    <TextField
      id={props.id}
      className={`field field-${props.size ?? 'full'} ${props.className ?? ''}`}
      value={props.value}
      onChange={props.onChange}
      isInvalid={errors.length > 0}
      isRequired={props.isRequired}
      autoFocus={props.autoFocus}
      validationBehavior="aria"
    >
      <Label className={props.hideLabel ? 'visually-hidden' : 'field-label'}>{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-help">
          {props.description}
        </Text>
      ) : null}
      {props.multiline ? <TextArea className="input" rows={4} /> : <Input className="input" />}
      {props.maxLength ? <LengthCounter length={props.value.length} max={props.maxLength} /> : null}
      <FieldError className="field-error">
        {errors.map((e) => (
          <span key={e} className="field-error-line">
            {e}
          </span>
        ))}
      </FieldError>
    </TextField>
  )
}
