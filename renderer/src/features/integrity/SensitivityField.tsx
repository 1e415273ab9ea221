import { useTranslation } from 'react-i18next'
import { SelectField } from '../../components/SelectField'
import { markingOf } from './integrity-format'

interface SensitivityFieldProps {
  id: string
  classifications: string[]
  value: number
  onChange(value: number): void
  errors?: string[]
}

/** Chooses the record's classification marking; the lowest marking is the default. */
export function SensitivityField(props: SensitivityFieldProps) {
  const { t } = useTranslation()
  const markings = props.classifications.length ? props.classifications : ['—']
  return (
    <SelectField
      id={props.id}
      label={t('integrity.fields.sensitivity')}
      description={t('integrity.sensitivityHelp')}
      options={markings.map((m, i) => ({ id: i + 1, label: m }))}
      value={props.value}
      onChange={props.onChange}
      errors={props.errors}
      isRequired
    />
  )
}

/** The record's marking, as a badge in lists. */
export function SensitivityBadge({
  classifications,
  value,
}: {
  classifications: string[]
  value: number
}) {
  return (
    <span className={`badge ig-marking ig-marking-${Math.min(value, 4)}`}>
      {markingOf(classifications, value)}
    </span>
  )
}
