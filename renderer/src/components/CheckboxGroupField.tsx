import { Checkbox, CheckboxGroup } from 'react-aria-components'
import { CheckMark } from './CheckboxField'
import { FieldFrame, fieldState } from './FieldFrame'

interface CheckboxGroupFieldProps<V extends string> {
  id: string
  label: string
  options: { id: V; label: string; lang?: string }[]
  value: V[]
  onChange(value: V[]): void
  errors?: string[]
  description?: string
}

/** A labelled group of checkboxes (react-aria CheckboxGroup). */
export function CheckboxGroupField<V extends string>(props: CheckboxGroupFieldProps<V>) {
  // Keep the order of the options, whatever order they were ticked in.
  const ordered = (chosen: string[]) =>
    props.options.map((o) => o.id).filter((id) => chosen.includes(id))
  return (
    <CheckboxGroup
      {...fieldState(props)}
      className="field checkbox-group"
      value={props.value}
      onChange={(chosen) => props.onChange(ordered(chosen))}
    >
      <FieldFrame label={props.label} description={props.description} errors={props.errors ?? []}>
        <div className="checkbox-list">
          {props.options.map((o) => (
            <Checkbox key={o.id} value={o.id} className="checkbox" lang={o.lang}>
              <CheckMark />
              {o.label}
            </Checkbox>
          ))}
        </div>
      </FieldFrame>
    </CheckboxGroup>
  )
}
