import { Button, ComboBox, Input, ListBox, ListBoxItem, Popover } from 'react-aria-components'
import { RISK_CATEGORIES } from '../../../../shared/contract'
import { FieldFrame, fieldState } from '../../components/FieldFrame'
import { categoryFromLabel, categoryLabel, useRiskText } from './risk-text'

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
      {...fieldState({ id, errors, isRequired: true })}
      className="field field-medium"
      inputValue={categoryLabel(t, value)}
      onInputChange={(text) => onChange(categoryFromLabel(t, text))}
      onSelectionChange={(key) => {
        if (key !== null) onChange(String(key))
      }}
      allowsCustomValue
      menuTrigger="focus"
    >
      <FieldFrame
        label={t('risks.form.fields.category')}
        description={t('risks.form.help.category')}
        errors={errors}
      >
        <div className="combo">
          <Input className="input" />
          <Button className="combo-button" aria-label={t('risks.form.showCategories')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
      </FieldFrame>
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
