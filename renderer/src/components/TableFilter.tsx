import { useTranslation } from 'react-i18next'
import { Input, Label, SearchField } from 'react-aria-components'

/** The filter box above a table: rows whose text contains what is typed stay. */
export function TableFilter({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useTranslation()
  return (
    <SearchField className="field kit-table-filter" value={value} onChange={onChange}>
      <Label className="field-label">{t('common.filterRows')}</Label>
      <Input className="input" />
    </SearchField>
  )
}
