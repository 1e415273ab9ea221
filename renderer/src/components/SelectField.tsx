import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components'

/** One choice in a select. */
export interface SelectOption<K extends Key> {
  id: K
  label: string
}

interface SelectFieldProps<K extends Key> {
  id: string
  label: string
  options: SelectOption<K>[]
  value: K | null
  onChange(value: K): void
  errors?: string[]
  description?: string
  isRequired?: boolean
}

/** A labelled single-choice list (react-aria Select): a button that opens a list of options. */
export function SelectField<K extends Key>(props: SelectFieldProps<K>) {
  const errors = props.errors ?? []
  return (
    <Select
      id={props.id}
      className="field field-medium"
      value={props.value}
      onChange={(key) => {
        if (key !== null) props.onChange(key as K)
      }}
      isInvalid={errors.length > 0}
      isRequired={props.isRequired}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      {props.description ? (
        <Text slot="description" className="field-help">
          {props.description}
        </Text>
      ) : null}
      <Button className="input select-trigger">
        <SelectValue className="select-value" />
        <span className="select-arrow" aria-hidden="true">
          ▾
        </span>
      </Button>
      <FieldError className="field-error">{errors.join(' ')}</FieldError>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox">
          {props.options.map((o) => (
            <ListBoxItem key={String(o.id)} id={o.id} className="listbox-item" textValue={o.label}>
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  )
}
