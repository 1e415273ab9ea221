import { FieldError, Group, Input, Label, NumberField, Text } from 'react-aria-components'

interface NumberInputProps {
  id: string
  label: string
  value: number | null
  onChange(value: number | null): void
  errors?: string[]
  description?: string
  /** Decimals allowed (scores take one; counts none). */
  decimals?: number
  isRequired?: boolean
  className?: string
  /** The label is still read by screen readers, but a row heading shows it visually. */
  hideLabel?: boolean
}

/**
 * A labelled number field (react-aria); empty means "not given". No min/max clamping: an
 * out-of-range value gets a message from validation instead of being changed silently.
 */
export function NumberInput(props: NumberInputProps) {
  const errors = props.errors ?? []
  return (
    <NumberField
      id={props.id}
      className={`field field-short ${props.className ?? ''}`}
      value={props.value ?? Number.NaN}
      onChange={(v) => props.onChange(Number.isNaN(v) ? null : v)}
      formatOptions={{ maximumFractionDigits: props.decimals ?? 0, useGrouping: false }}
      isInvalid={errors.length > 0}
      isRequired={props.isRequired}
      validationBehavior="aria"
    >
      <Label className={props.hideLabel ? 'visually-hidden' : 'field-label'}>{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-help">
          {props.description}
        </Text>
      ) : null}
      <Group className="ig-number-group">
        <Input className="input" />
      </Group>
      <FieldError className="field-error">{errors.join(' ')}</FieldError>
    </NumberField>
  )
}
