import { useTranslation } from 'react-i18next'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { PROFILE_FORM } from './profile-draft'
import type { ProfileSectionProps } from './profile-section-props'
import { SectionHeading } from './SectionHeading'

/** Administration name and country. */
export function AdministrationFields(props: ProfileSectionProps) {
  const { t } = useTranslation()
  return (
    <section className="form-section" aria-labelledby="profile-administration-heading">
      <SectionHeading
        level={props.headingLevel}
        id="profile-administration-heading"
        headingRef={props.headingRef}
      >
        {t('profile.administrationHeading')}
      </SectionHeading>
      <p className="section-help">{t('profile.administrationHelp')}</p>
      <TextInput
        id={fieldId(PROFILE_FORM, 'administrationName')}
        label={t('profile.fields.administrationName')}
        description={t('profile.administrationNameHelp')}
        value={props.draft.administrationName}
        onChange={(administrationName) => props.onChange({ administrationName })}
        errors={props.errorsFor('administrationName')}
        isRequired
        maxLength={160}
      />
      <TextInput
        id={fieldId(PROFILE_FORM, 'country')}
        label={t('profile.fields.country')}
        value={props.draft.country}
        onChange={(country) => props.onChange({ country })}
        errors={props.errorsFor('country')}
        isRequired
        maxLength={100}
        size="medium"
      />
    </section>
  )
}
