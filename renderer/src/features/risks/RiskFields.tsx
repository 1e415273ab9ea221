import {
  Button,
  ComboBox,
  FieldError,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components'
import { RISK_CATEGORIES } from '../../../../shared/contract'
import { categoryFromLabel, categoryLabel, useRiskText } from './risk-text'

/** A group of choices under a heading inside a select. */
export interface ChoiceGroup {
  heading?: string
  options: { id: string; label: string }[]
}

interface ChoiceFieldProps {
  id: string
  label: string
  groups: ChoiceGroup[]
  value: string
  onChange(value: string): void
  errors?: string[]
  description?: string
  isRequired?: boolean
  size?: 'short' | 'medium' | 'full'
  placeholder?: string
}

/** A select whose options may be grouped under headings (react-aria Select with sections). */
export function ChoiceField(props: ChoiceFieldProps) {
  const errors = props.errors ?? []
  return (
    <Select
      id={props.id}
      className={`field field-${props.size ?? 'medium'}`}
      selectedKey={props.value}
      onSelectionChange={(key) => {
        if (key !== null) props.onChange(String(key))
      }}
      isInvalid={errors.length > 0}
      isRequired={props.isRequired}
      validationBehavior="aria"
      placeholder={props.placeholder}
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
      <Popover className="popover risk-popover" placement="bottom start">
        <ListBox className="listbox">
          {props.groups.map((g, i) =>
            g.heading ? (
              <ListBoxSection key={g.heading} className="listbox-section">
                <Header className="listbox-header">{g.heading}</Header>
                {g.options.map((o) => (
                  <ListBoxItem key={o.id} id={o.id} className="listbox-item" textValue={o.label}>
                    {o.label}
                  </ListBoxItem>
                ))}
              </ListBoxSection>
            ) : (
              g.options.map((o) => (
                <ListBoxItem
                  key={`${i}-${o.id}`}
                  id={o.id}
                  className="listbox-item"
                  textValue={o.label}
                >
                  {o.label}
                </ListBoxItem>
              ))
            ),
          )}
        </ListBox>
      </Popover>
    </Select>
  )
}

interface CategoryFieldProps {
  id: string
  value: string
  onChange(value: string): void
  errors?: string[]
}

/** A catalogue category, or the user's own words (a combo box that accepts any text). */
export function CategoryField({ id, value, onChange, errors = [] }: CategoryFieldProps) {
  const { t } = useRiskText()
  return (
    <ComboBox
      id={id}
      className="field field-medium"
      inputValue={categoryLabel(t, value)}
      onInputChange={(text) => onChange(categoryFromLabel(t, text))}
      onSelectionChange={(key) => {
        if (key !== null) onChange(String(key))
      }}
      allowsCustomValue
      menuTrigger="focus"
      isInvalid={errors.length > 0}
      isRequired
      validationBehavior="aria"
    >
      <Label className="field-label">{t('risks.form.fields.category')}</Label>
      <Text slot="description" className="field-help">
        {t('risks.form.help.category')}
      </Text>
      <div className="combo">
        <Input className="input" />
        <Button className="combo-button" aria-label={t('risks.form.showCategories')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <FieldError className="field-error">{errors.join(' ')}</FieldError>
      <Popover className="popover" placement="bottom start">
        <ListBox className="listbox">
          {RISK_CATEGORIES.map((c) => (
            <ListBoxItem key={c} id={c} className="listbox-item" textValue={categoryLabel(t, c)}>
              {categoryLabel(t, c)}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </ComboBox>
  )
}
