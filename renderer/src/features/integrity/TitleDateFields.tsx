import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { TextInput } from '../../components/TextInput'

/** A text field bound by `useFieldValues`. */
interface BoundText {
  id: string
  label: string
  value: string
  onChange(value: string): void
  errors: string[]
}

interface TitleDateFieldsProps {
  title: BoundText
  titleHelp?: string
  date: BoundText
  /** Further fields on the date's row. */
  children?: ReactNode
}

/** The head of an integrity record's form: its title, then its date beside the fields given. */
export function TitleDateFields({ title, titleHelp, date, children }: TitleDateFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <TextInput {...title} description={titleHelp} isRequired maxLength={200} autoFocus />
      <div className="ig-field-row">
        <TextInput {...date} description={t('integrity.dateHelp')} isRequired size="short" />
        {children}
      </div>
    </>
  )
}
