import { Input, TextField } from 'react-aria-components'
import { FieldFrame, fieldState, type FieldProps } from './FieldFrame'

interface DateFieldProps extends FieldProps {
  /** YYYY-MM-DD, or '' when empty. */
  value: string
  onChange(value: string): void
}

/**
 * A labelled date field for every form. The browser's own date input gives a calendar and
 * keyboard entry in the reader's locale while its value stays YYYY-MM-DD, the format the contract
 * checks; the range keeps a mistyped year from becoming year 20260.
 */
export function DateField(props: DateFieldProps) {
  return (
    <TextField
      {...fieldState(props)}
      className="field field-date"
      value={props.value}
      onChange={props.onChange}
      autoFocus={props.autoFocus}
    >
      <FieldFrame label={props.label} description={props.description} errors={props.errors ?? []}>
        <Input className="input" type="date" min="1900-01-01" max="2100-12-31" />
      </FieldFrame>
    </TextField>
  )
}
