import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../shared/contract'
import { RadioChoice } from './RadioChoice'

interface LanguageChoiceProps {
  value: Language
  onChange(language: Language): void
  isDisabled?: boolean
  description?: string
  /** Id of a heading that already names the choice; the group then has no label of its own. */
  labelledBy?: string
}

/** Interface language picker; each language is named in itself ("Français"), as users expect. */
export function LanguageChoice(props: LanguageChoiceProps) {
  const { t } = useTranslation()
  return (
    <RadioChoice
      {...props}
      label={props.labelledBy ? undefined : t('profile.fields.interfaceLanguage')}
      options={LANGUAGES.map((lang) => ({
        id: lang,
        label: t(`languageNames.${lang}`, { lng: lang }),
        lang,
      }))}
    />
  )
}
