import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldId } from '../../lib/problems'
import { draftBinder } from '../../components/form/draft-binder'
import { PROFILE_FORM } from './profile-draft'
import type { ProfileSectionProps } from './profile-section-props'
import { SectionHeading } from './SectionHeading'

interface ProfileSectionFrameProps {
  /** Names the texts (`profile.<name>Heading`, `profile.<name>Help`) and the heading's id. */
  name: 'administration' | 'regional' | 'classifications' | 'signatories'
  section: ProfileSectionProps
  children: ReactNode
}

/** One section of the profile, in the wizard and in Settings: heading, help, then its fields. */
export function ProfileSection({ name, section, children }: ProfileSectionFrameProps) {
  const { t } = useTranslation()
  const headingId = `profile-${name}-heading`
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <SectionHeading level={section.headingLevel} id={headingId} headingRef={section.headingRef}>
        {t(`profile.${name}Heading`)}
      </SectionHeading>
      <p className="section-help">{t(`profile.${name}Help`)}</p>
      {children}
    </section>
  )
}

/** Binds a kit field to the profile draft, labelled from `profile.fields`. */
export function profileBinder(section: ProfileSectionProps, t: TFunction) {
  const places = { id: (path: string) => fieldId(PROFILE_FORM, path), errors: section.errorsFor }
  return draftBinder(section.draft, section.onChange, places, (name) => t(`profile.fields.${name}`))
}
