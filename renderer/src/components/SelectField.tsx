import {
  Button,
  Header,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Select,
  SelectValue,
  type Key,
} from 'react-aria-components'
import { FieldFrame, fieldState, type FieldProps } from './FieldFrame'

/** One choice in a select. */
export interface SelectOption<K extends Key> {
  id: K
  label: string
}

/** Choices under a heading; a group without one lists its choices plainly. */
export interface SelectGroup<K extends Key> {
  heading?: string
  options: SelectOption<K>[]
}

interface SelectFieldProps<K extends Key> extends Omit<FieldProps, 'autoFocus'> {
  /** The choices, or `groups` for choices under headings. */
  options?: SelectOption<K>[]
  groups?: SelectGroup<K>[]
  value: K | null
  onChange(value: K): void
  size?: 'short' | 'medium' | 'full'
  /** Shown while nothing is chosen. */
  placeholder?: string
  popoverClassName?: string
}

/** A labelled single-choice list (react-aria Select): a button that opens a list of options. */
export function SelectField<K extends Key>(props: SelectFieldProps<K>) {
  const groups = props.groups ?? [{ options: props.options ?? [] }]
  const items = (options: SelectOption<K>[], keyPrefix = '') =>
    options.map((o) => (
      <ListBoxItem
        key={keyPrefix + String(o.id)}
        id={o.id}
        className="listbox-item"
        textValue={o.label}
      >
        {o.label}
      </ListBoxItem>
    ))
  return (
    <Select
      {...fieldState(props)}
      className={`field field-${props.size ?? 'medium'}`}
      value={props.value}
      onChange={(key) => {
        if (key !== null) props.onChange(key as K)
      }}
      placeholder={props.placeholder}
    >
      <FieldFrame label={props.label} description={props.description} errors={props.errors ?? []}>
        <Button className="input select-trigger">
          <SelectValue className="select-value" />
          <span className="select-arrow" aria-hidden="true">
            ▾
          </span>
        </Button>
      </FieldFrame>
      <Popover
        className={props.popoverClassName ? `popover ${props.popoverClassName}` : 'popover'}
        placement="bottom start"
      >
        <ListBox className="listbox">
          {groups.map((g, i) =>
            g.heading ? (
              <ListBoxSection key={g.heading} className="listbox-section">
                <Header className="listbox-header">{g.heading}</Header>
                {items(g.options)}
              </ListBoxSection>
            ) : (
              items(g.options, `${i}-`)
            ),
          )}
        </ListBox>
      </Popover>
    </Select>
  )
}
