import { Label, Radio, RadioGroup, Text } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../shared/contract'

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
    <RadioGroup
      className="field radio-group"
      value={props.value}
      onChange={(v) => props.onChange(v as Language)}
      isDisabled={props.isDisabled}
      orientation="horizontal"
      aria-labelledby={props.labelledBy}
    >
      {props.labelledBy ? null : (
        <Label className="field-label">{t('profile.fields.interfaceLanguage')}</Label>
      )}
      {props.description ? (
        <Text slot="description" className="field-help">
          {props.description}
        </Text>
      ) : null}
      <div className="radio-list">
        {LANGUAGES.map((lang) => (
          <Radio key={lang} value={lang} className="radio" lang={lang}>
            <span className="radio-dot" aria-hidden="true" />
            {t(`languageNames.${lang}`, { lng: lang })}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  )
}
