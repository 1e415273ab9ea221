import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '../../../../shared/contract'
import { CheckboxGroupField } from '../../components/CheckboxGroupField'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { monthNames } from '../../lib/format'
import type { ProfileSectionProps } from './profile-section-props'
import { profileBinder, ProfileSection } from './ProfileSection'

/** Working languages, fiscal-year start month and currency. */
export function RegionalFields(props: ProfileSectionProps) {
  const { t, i18n } = useTranslation()
  const bind = profileBinder(props, t)
  const months = monthNames(i18n.language).map((label, i) => ({ id: i + 1, label }))
  return (
    <ProfileSection name="regional" section={props}>
      <CheckboxGroupField
        {...bind('workingLanguages')}
        options={LANGUAGES.map((id) => ({ id, label: t(`profile.workingLanguageNames.${id}`) }))}
      />
      <SelectField {...bind('fiscalYearStartMonth')} options={months} isRequired />
      <TextInput
        {...bind('currency')}
        onChange={(currency) => props.onChange({ currency: currency.toUpperCase() })}
        description={t('profile.currencyHelp')}
        isRequired
        maxLength={3}
        size="short"
      />
    </ProfileSection>
  )
}
