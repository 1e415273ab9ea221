import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { monthNames } from '../../lib/format'
import type { ProfileDraft, ProfileSection } from '../settings/profile-draft'

interface ProfileSummaryProps {
  draft: ProfileDraft
  onChangeSection(section: ProfileSection): void
}

/** The wizard's review step: everything entered, with a way back to each step. */
export function ProfileSummary({ draft, onChangeSection }: ProfileSummaryProps) {
  const { t, i18n } = useTranslation()
  const months = monthNames(i18n.language)
  const notSet = <span className="muted">{t('common.notSet')}</span>
  const text = (value: string) => (value.trim() ? value : notSet)

  const change = (section: ProfileSection, step: string) => (
    <Button
      className="button button-secondary button-small"
      aria-label={t('setup.changeStep', { step })}
      onPress={() => onChangeSection(section)}
    >
      {t('setup.change')}
    </Button>
  )

  const administration = t('setup.steps.administration')
  const regional = t('setup.steps.regional')
  const classifications = t('setup.steps.classifications')
  const signatories = t('setup.steps.signatories')

  return (
    <div className="review">
      <div className="review-block">
        <div className="review-head">
          <h3>{administration}</h3>
          {change('administration', administration)}
        </div>
        <dl className="summary-list">
          <dt>{t('profile.fields.administrationName')}</dt>
          <dd>{text(draft.administrationName)}</dd>
          <dt>{t('profile.fields.country')}</dt>
          <dd>{text(draft.country)}</dd>
        </dl>
      </div>
      <div className="review-block">
        <div className="review-head">
          <h3>{regional}</h3>
          {change('regional', regional)}
        </div>
        <dl className="summary-list">
          <dt>{t('profile.fields.workingLanguages')}</dt>
          <dd>
            {draft.workingLanguages.length
              ? draft.workingLanguages.map((l) => t(`profile.workingLanguageNames.${l}`)).join(', ')
              : notSet}
          </dd>
          <dt>{t('profile.fields.fiscalYearStartMonth')}</dt>
          <dd>{months[draft.fiscalYearStartMonth - 1] ?? notSet}</dd>
          <dt>{t('profile.fields.currency')}</dt>
          <dd>{text(draft.currency)}</dd>
        </dl>
      </div>
      <div className="review-block">
        <div className="review-head">
          <h3>{classifications}</h3>
          {change('classifications', classifications)}
        </div>
        {draft.classifications.length ? (
          <ol className="plain-list">
            {draft.classifications.map((m) => (
              <li key={m.key}>{text(m.text)}</li>
            ))}
          </ol>
        ) : (
          <p>{notSet}</p>
        )}
      </div>
      <div className="review-block">
        <div className="review-head">
          <h3>{signatories}</h3>
          {change('signatories', signatories)}
        </div>
        {draft.signatories.length ? (
          <ul className="plain-list">
            {draft.signatories.map((p) => (
              <li key={p.key}>
                {text(p.name)} — {text(p.title)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('profile.noSignatories')}</p>
        )}
      </div>
    </div>
  )
}
