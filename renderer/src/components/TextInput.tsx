import { Input, TextArea, TextField } from 'react-aria-components'
import { FieldFrame, fieldState, type FieldProps } from './FieldFrame'
import { LengthCounter } from './LengthCounter'

interface TextInputProps extends FieldProps {
  value: string
  onChange(value: string): void
  multiline?: boolean
  /** The contract's limit: a counter appears near it; nothing typed or pasted is ever cut. */
  maxLength?: number
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
  return (
    <TextField
      {...fieldState(props)}
      className={`field field-${props.size ?? 'full'} ${props.className ?? ''}`}
      value={props.value}
      onChange={props.onChange}
      autoFocus={props.autoFocus}
    >
      <FieldFrame
        label={props.label}
        description={props.description}
        errors={props.errors ?? []}
        hideLabel={props.hideLabel}
      >
        {props.multiline ? <TextArea className="input" rows={4} /> : <Input className="input" />}
        {props.maxLength ? (
          <LengthCounter length={props.value.length} max={props.maxLength} />
        ) : null}
      </FieldFrame>
    </TextField>
  )
}
