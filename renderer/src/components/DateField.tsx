import { FieldError, Input, Label, Text, TextField } from 'react-aria-components'

interface DateFieldProps {
  id: string
  label: string
  /** YYYY-MM-DD, or '' when empty. */
  value: string
  onChange(value: string): void
  errors?: string[]
  description?: string
  isRequired?: boolean
  autoFocus?: boolean
}

/**
 * A labelled date field for every form. The browser's own date input gives a calendar and
 * keyboard entry in the reader's locale while its value stays YYYY-MM-DD, the format the contract
 * checks; the range keeps a mistyped year from becoming year 20260.
 */
export function DateField(props: DateFieldProps) {
  const errors = props.errors ?? []
  return (
    <TextField
      id={props.id}
      className="field field-date"
      value={props.value}
      onChange={props.onChange}
      isInvalid={errors.length > 0}
      isRequired={props.isRequired}
      autoFocus={props.autoFocus}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-help">
          {props.description}
        </Text>
      ) : null}
      <Input className="input" type="date" min="1900-01-01" max="2100-12-31" />
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
