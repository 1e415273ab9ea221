import { useTranslation } from 'react-i18next'
import { TextInput } from '../../components/TextInput'
import type { ProfileSectionProps } from './profile-section-props'
import { profileBinder, ProfileSection } from './ProfileSection'

/** Administration name and country. */
export function AdministrationFields(props: ProfileSectionProps) {
  const { t } = useTranslation()
  const bind = profileBinder(props, t)
  return (
    <ProfileSection name="administration" section={props}>
      <TextInput
        {...bind('administrationName')}
        description={t('profile.administrationNameHelp')}
        isRequired
        maxLength={160}
      />
      <TextInput {...bind('country')} isRequired maxLength={100} size="medium" />
    </ProfileSection>
  )
}
