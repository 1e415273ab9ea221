import { useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, FieldProblem, Settings } from '../../../../shared/contract'
import { ErrorSummary } from '../../components/ErrorSummary'
import { StatusNotice } from '../../components/Notice'
import { errorsAt, summaryItems } from '../../lib/field-errors'
import { currentLanguage } from '../../lib/i18n'
import { errorText } from '../../lib/problems'
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
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const labelFor = profileLabels(t)

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (saving) return
    setSaved(null)
    setFailure(null)
    const language = currentLanguage()
    const found = checkDraft(draft, language)
    setProblems(found)
    if (found.length > 0) return
    setSaving(true)
    const result = await save(draftToInput(draft, language))
    setSaving(false)
    if (result.ok) {
      setDraft(draftFromSettings(result.value))
      setSaved(t('settings.saved'))
    } else if (result.error.details?.length) {
      setProblems(result.error.details)
    } else {
      setFailure(result.error)
    }
  }

  const sectionProps: ProfileSectionProps = {
    draft,
    onChange: (patch) => {
      setSaved(null)
      setDraft((d) => ({ ...d, ...patch }))
    },
    errorsFor: (path) => errorsAt(t, problems, labelFor, path),
    headingLevel: 3,
  }

  return (
    <form className="profile-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary
        message={failure ? errorText(t, failure) : undefined}
        items={summaryItems(t, problems, labelFor, PROFILE_FORM)}
      />
      <AdministrationFields {...sectionProps} />
      <RegionalFields {...sectionProps} />
      <ClassificationFields {...sectionProps} />
      <SignatoryFields {...sectionProps} />
      <div className="form-buttons">
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {t('settings.saveProfile')}
        </Button>
      </div>
      <StatusNotice message={saving ? t('common.saving') : saved} />
    </form>
  )
}
