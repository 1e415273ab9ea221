import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/contract'
import { ErrorSummary } from '../../components/ErrorSummary'
import { SaveFooter } from '../../components/form/SaveFooter'
import { checkedLocally, useFormSubmit } from '../../components/form/use-form-submit'
import { currentLanguage } from '../../lib/i18n'
import { useSettingsStore } from '../../stores/settings-store'
import { AdministrationFields } from './AdministrationFields'
import { ClassificationFields } from './ClassificationFields'
import {
  checkDraft,
  draftFromSettings,
  draftToInput,
  PROFILE_FORM,
  profileLabels,
  type ProfileDraft,
} from './profile-draft'
import type { ProfileSectionProps } from './profile-section-props'
import { RegionalFields } from './RegionalFields'
import { SignatoryFields } from './SignatoryFields'

/** The administration profile in Settings: the wizard's sections on one page, saved together. */
export function ProfileForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const save = useSettingsStore((s) => s.save)
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromSettings(settings))
  const [saved, setSaved] = useState<string | null>(null)
  const form = useFormSubmit(PROFILE_FORM, { labelFor: profileLabels(t) })

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    setSaved(null)
    const language = currentLanguage()
    const checked = checkedLocally(checkDraft(draft, language), draftToInput(draft, language))
    const result = await form.submit(checked, save)
    if (result?.ok) {
      setDraft(draftFromSettings(result.value))
      setSaved(t('settings.saved'))
    }
  }

  const sectionProps: ProfileSectionProps = {
    draft,
    onChange: (patch) => {
      setSaved(null)
      setDraft((d) => ({ ...d, ...patch }))
    },
    errorsFor: form.errors,
    headingLevel: 3,
  }

  return (
    <form className="profile-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary {...form.summary} />
      <AdministrationFields {...sectionProps} />
      <RegionalFields {...sectionProps} />
      <ClassificationFields {...sectionProps} />
      <SignatoryFields {...sectionProps} />
      <SaveFooter label={t('settings.saveProfile')} saving={form.saving} saved={saved} />
    </form>
  )
}
