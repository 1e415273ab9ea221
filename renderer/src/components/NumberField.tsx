import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumberInput, parseNumberInput } from '../lib/number-input'
import type { FieldProps } from './FieldFrame'
import { TextInput } from './TextInput'

interface NumberFieldProps extends FieldProps {
  /** null when empty; NaN when what was typed is not a number (validation says so). */
  value: number | null
  onChange(value: number | null): void
  /** A unit or currency shown after the label, e.g. "NMD". */
  unit?: string
  size?: 'short' | 'medium'
  /** The label is still read by screen readers, but a row heading shows it visually. */
  hideLabel?: boolean
}

/**
 * A number (or an amount of money) read and shown in the user's language: "61,500" in English
 * is sixty-one thousand five hundred, "61 500,5" in French the same and a half. The text typed
 * stays as typed while the field is edited; only the number is handed on.
 */
export function NumberField(props: NumberFieldProps) {
  const { i18n } = useTranslation()
  const language = i18n.language
  const [text, setText] = useState(() => formatNumberInput(props.value, language))
  const label = props.unit ? `${props.label} (${props.unit})` : props.label
  return (
    <TextInput
      id={props.id}
      label={label}
      value={text}
      onChange={(typed) => {
        setText(typed)
        props.onChange(parseNumberInput(typed, language))
      }}
      errors={props.errors}
      description={props.description}
      isRequired={props.isRequired}
      size={props.size ?? 'medium'}
      autoFocus={props.autoFocus}
      hideLabel={props.hideLabel}
      className="field-number"
    />
  )
}
