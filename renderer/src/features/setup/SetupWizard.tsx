import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, FieldProblem, Language } from '../../../../shared/contract'
import { ErrorSummary } from '../../components/ErrorSummary'
import { LanguageChoice } from '../../components/LanguageChoice'
import { hashFor, useRouteStore } from '../../app/route-store'
import { errorsAt, summaryItems } from '../../lib/field-errors'
import { applyLanguage, currentLanguage } from '../../lib/i18n'
import { errorText } from '../../lib/problems'
import { useSettingsStore } from '../../stores/settings-store'
import { AdministrationFields } from '../settings/AdministrationFields'
import { ClassificationFields } from '../settings/ClassificationFields'
import {
  checkDraft,
  draftToInput,
  newDraft,
  PROFILE_FORM,
  PROFILE_SECTIONS,
  profileLabels,
  sectionOf,
  type ProfileDraft,
  type ProfileSection,
} from '../settings/profile-draft'
import type { ProfileSectionProps } from '../settings/profile-section-props'
import { RegionalFields } from '../settings/RegionalFields'
import { SectionHeading } from '../settings/SectionHeading'
import { SignatoryFields } from '../settings/SignatoryFields'
import { ProfileSummary } from './ProfileSummary'

const STEPS = ['administration', 'regional', 'classifications', 'signatories', 'review'] as const
type StepId = (typeof STEPS)[number]

const SECTION_VIEWS: Record<ProfileSection, (p: ProfileSectionProps) => React.ReactNode> = {
  administration: AdministrationFields,
  regional: RegionalFields,
  classifications: ClassificationFields,
  signatories: SignatoryFields,
}

/** First-run wizard, shown instead of the application until the profile exists. */
export function SetupWizard() {
  const { t, i18n } = useTranslation()
  const language = currentLanguage()
  const defaults = (lng: string) =>
    t('profile.defaultClassifications', { returnObjects: true, lng }) as unknown as string[]
  const [draft, setDraft] = useState<ProfileDraft>(() => newDraft(language, defaults(language)))
  const [step, setStep] = useState(0)
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const stepChanged = useRef(false)
  const stepId: StepId = STEPS[step] ?? 'review'
  const labelFor = profileLabels(t)
  const save = useSettingsStore((s) => s.save)

  useEffect(() => {
    if (stepChanged.current) headingRef.current?.focus()
  }, [step])

  function goTo(next: number): void {
    stepChanged.current = true
    setStep(next)
  }

  function changeLanguage(next: Language): void {
    // Swap the suggested markings too, unless the user has already edited them.
    const suggested = defaults(i18n.language)
    const untouched =
      draft.classifications.length === suggested.length &&
      draft.classifications.every((m, i) => m.text === suggested[i])
    if (untouched) setDraft(newDraftKeeping(draft, next, defaults(next)))
    void applyLanguage(next)
  }

  function showProblems(found: FieldProblem[]): void {
    setProblems(found)
    const first = found.map(sectionOf).find((s) => s !== undefined)
    const firstStep = first ? STEPS.indexOf(first) : step
    if (firstStep !== step) goTo(firstStep)
  }

  async function finish(): Promise<void> {
    setFailure(null)
    const found = checkDraft(draft, language)
    if (found.length > 0) return showProblems(found)
    setSaving(true)
    // Once saved, the application replaces the wizard: open it on the dashboard with focus on
    // its heading. The route is set first because the switch happens as soon as the store has
    // the profile; it is harmless if saving fails (the wizard stays).
    window.history.replaceState(window.history.state, '', hashFor('dashboard'))
    useRouteStore.setState({ view: 'dashboard', navigated: true })
    const result = await save(draftToInput(draft, language))
    if (!result.ok) {
      setSaving(false)
      if (result.error.details?.length) showProblems(result.error.details)
      else setFailure(result.error)
    }
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault()
    if (saving) return
    if (stepId === 'review') {
      void finish()
      return
    }
    const fields: readonly string[] = PROFILE_SECTIONS[stepId]
    const found = checkDraft(draft, language).filter((p) =>
      fields.includes(p.path.split('.')[0] ?? ''),
    )
    setProblems(found)
    setFailure(null)
    if (found.length === 0) goTo(step + 1)
  }

  const visible = stepId === 'review' ? problems : problems.filter((p) => sectionOf(p) === stepId)
  const sectionProps: ProfileSectionProps = {
    draft,
    onChange: (patch) => setDraft((d) => ({ ...d, ...patch })),
    errorsFor: (path) => errorsAt(t, visible, labelFor, path),
    headingLevel: 2,
    headingRef,
  }
  const Section = stepId === 'review' ? null : SECTION_VIEWS[stepId]

  return (
    <div className="setup-page">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <div className="header-language">
          <LanguageChoice value={language} onChange={changeLanguage} />
        </div>
      </header>
      <main id="main" className="setup" data-view="setup" data-state="ready" data-step={stepId}>
        <h1>{t('setup.title')}</h1>
        <p className="view-intro">{t('setup.intro')}</p>
        <ol className="steps" aria-label={t('setup.stepsLabel')}>
          {STEPS.map((id, i) => (
            <li
              key={id}
              className={i === step ? 'step step-current' : i < step ? 'step step-done' : 'step'}
              aria-current={i === step ? 'step' : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              {t(`setup.steps.${id}`)}
            </li>
          ))}
        </ol>
        <form className="setup-form" onSubmit={onSubmit} noValidate>
          <p className="step-count">
            {t('setup.stepOf', { current: step + 1, total: STEPS.length })}
          </p>
          <ErrorSummary
            message={failure ? errorText(t, failure) : undefined}
            items={summaryItems(t, visible, labelFor, PROFILE_FORM)}
          />
          {Section ? (
            <Section {...sectionProps} />
          ) : (
            <section className="form-section" aria-labelledby="setup-review-heading">
              <SectionHeading level={2} id="setup-review-heading" headingRef={headingRef}>
                {t('setup.steps.review')}
              </SectionHeading>
              <p className="section-help">{t('setup.reviewIntro')}</p>
              <ProfileSummary
                draft={draft}
                onChangeSection={(s) => {
                  setProblems([])
                  goTo(STEPS.indexOf(s))
                }}
              />
            </section>
          )}
          <div className="form-buttons">
            {step > 0 ? (
              <Button
                className="button button-secondary"
                onPress={() => {
                  setProblems([])
                  setFailure(null)
                  goTo(step - 1)
                }}
                isDisabled={saving}
              >
                {t('setup.back')}
              </Button>
            ) : null}
            <Button type="submit" className="button button-primary" isDisabled={saving}>
              {stepId === 'review' ? t('setup.finish') : t('setup.next')}
            </Button>
          </div>
          {saving ? (
            <p role="status" className="muted">
              {t('setup.finishing')}
            </p>
          ) : null}
        </form>
      </main>
    </div>
  )
}

function newDraftKeeping(
  draft: ProfileDraft,
  language: Language,
  markings: string[],
): ProfileDraft {
  return { ...draft, classifications: newDraft(language, markings).classifications }
}
