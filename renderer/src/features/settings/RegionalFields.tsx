import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '../../../../shared/contract'
import { CheckboxGroupField } from '../../components/CheckboxGroupField'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { monthNames } from '../../lib/format'
import { fieldId } from '../../lib/problems'
import { PROFILE_FORM } from './profile-draft'
import type { ProfileSectionProps } from './profile-section-props'
import { SectionHeading } from './SectionHeading'

/** Working languages, fiscal-year start month and currency. */
export function RegionalFields(props: ProfileSectionProps) {
  const { t, i18n } = useTranslation()
  const months = monthNames(i18n.language).map((label, i) => ({ id: i + 1, label }))
  return (
    <section className="form-section" aria-labelledby="profile-regional-heading">
      <SectionHeading
        level={props.headingLevel}
        id="profile-regional-heading"
        headingRef={props.headingRef}
      >
        {t('profile.regionalHeading')}
      </SectionHeading>
      <p className="section-help">{t('profile.regionalHelp')}</p>
      <CheckboxGroupField
        id={fieldId(PROFILE_FORM, 'workingLanguages')}
        label={t('profile.fields.workingLanguages')}
        options={LANGUAGES.map((id) => ({ id, label: t(`profile.workingLanguageNames.${id}`) }))}
        value={props.draft.workingLanguages}
        onChange={(workingLanguages) => props.onChange({ workingLanguages })}
        errors={props.errorsFor('workingLanguages')}
      />
      <SelectField
        id={fieldId(PROFILE_FORM, 'fiscalYearStartMonth')}
        label={t('profile.fields.fiscalYearStartMonth')}
        options={months}
        value={props.draft.fiscalYearStartMonth}
        onChange={(fiscalYearStartMonth) => props.onChange({ fiscalYearStartMonth })}
        errors={props.errorsFor('fiscalYearStartMonth')}
        isRequired
      />
      <TextInput
        id={fieldId(PROFILE_FORM, 'currency')}
        label={t('profile.fields.currency')}
        description={t('profile.currencyHelp')}
        value={props.draft.currency}
        onChange={(currency) => props.onChange({ currency: currency.toUpperCase() })}
        errors={props.errorsFor('currency')}
        isRequired
        maxLength={3}
        size="short"
      />
    </section>
  )
}
