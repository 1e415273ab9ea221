import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components'

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
  const errors = props.errors ?? []
  // Keep the order of the options, whatever order they were ticked in.
  const ordered = (chosen: string[]) =>
    props.options.map((o) => o.id).filter((id) => chosen.includes(id))
  return (
    <CheckboxGroup
      id={props.id}
      className="field checkbox-group"
      value={props.value}
      onChange={(chosen) => props.onChange(ordered(chosen))}
      isInvalid={errors.length > 0}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-help">
          {props.description}
        </Text>
      ) : null}
      <div className="checkbox-list">
        {props.options.map((o) => (
          <Checkbox key={o.id} value={o.id} className="checkbox" lang={o.lang}>
            <span className="checkbox-box" aria-hidden="true">
              <svg viewBox="0 0 18 18" className="checkbox-tick">
                <polyline points="3.5 9.5 7.5 13 14.5 5" />
              </svg>
            </span>
            {o.label}
          </Checkbox>
        ))}
      </div>
      <FieldError className="field-error">{errors.join(' ')}</FieldError>
    </CheckboxGroup>
  )
}
