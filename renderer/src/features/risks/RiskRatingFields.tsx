import { Button } from 'react-aria-components'
import { RISK_RESPONSES, type RiskMatrix } from '../../../../shared/contract'
import { bandOf, riskScore } from '../../../../shared/domain/risk-rating'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { previewReview, ratingsChanged, type RiskDraft } from './risk-draft'
import type { SectionProps } from './risk-form-props'
import { levelLabel, useRiskText } from './risk-text'
import { DateField } from '../../components/DateField'
import { ChoiceField } from './RiskFields'
import { BandChip } from './RiskMarks'
import { formatDate } from '../../lib/format'

type LevelKey = 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'

function LevelSelect(props: SectionProps & { field: LevelKey; axis: 'likelihood' | 'impact' }) {
  const { t, language } = useRiskText()
  const { matrix, draft, field } = props
  const levels = matrix ? [...matrix[props.axis]].sort((a, b) => a.level - b.level) : []
  return (
    <ChoiceField
      id={fieldId(props.form, field)}
      label={t(`risks.form.fields.${field}`)}
      groups={[
        {
          options: levels.map((l) => ({
            id: String(l.level),
            label: levelLabel(matrix!, props.axis, l.level, language),
          })),
        },
      ]}
      value={draft[field] === null ? '' : String(draft[field])}
      onChange={(v) => props.set({ [field]: Number(v) } as Partial<RiskDraft>)}
      errors={props.errors(field)}
      placeholder={t('risks.form.chooseLevel')}
      isRequired
    />
  )
}

function Score({
  matrix,
  l,
  i,
}: {
  matrix: RiskMatrix | undefined
  l: number | null
  i: number | null
}) {
  const { t } = useRiskText()
  if (l === null || i === null) return <p className="score-line muted">{t('risks.form.noScore')}</p>
  return (
    <p className="score-line">
      {t('risks.form.score')}{' '}
      <BandChip matrix={matrix} score={riskScore({ likelihood: l, impact: i })} />
    </p>
  )
}

/** Inherent rating, controls, response, residual rating, the reason for a re-rating and the review date. */
export function RiskRatingFields(props: SectionProps) {
  const { t, language, local } = useRiskText()
  const { draft, set, errors, matrix, risk, reference, form, isNew, today } = props
  const changed = ratingsChanged(draft, risk)
  const review = previewReview(draft, risk, matrix, today)
  return (
    <fieldset className="form-section risk-section">
      <legend className="risk-legend">{t('risks.form.sections.rating')}</legend>
      {isNew && reference.matrices.filter((m) => !m.archived).length > 1 ? (
        <SelectField
          id={fieldId(form, 'matrixItemId')}
          label={t('risks.form.fields.matrixItemId')}
          options={reference.matrices
            .filter((m) => !m.archived)
            .map((m) => ({ id: m.id, label: local(m.name) }))}
          value={draft.matrixItemId}
          onChange={(matrixItemId) => set({ matrixItemId })}
          errors={errors('matrixItemId')}
        />
      ) : matrix ? (
        <p className="muted">{t('risks.form.matrixUsed', { matrix: local(matrix.name) })}</p>
      ) : null}
      <div className="rating-grid">
        <h3 className="rating-heading">{t('risks.form.inherentHeading')}</h3>
        <LevelSelect {...props} field="inherentLikelihood" axis="likelihood" />
        <LevelSelect {...props} field="inherentImpact" axis="impact" />
        <Score matrix={matrix} l={draft.inherentLikelihood} i={draft.inherentImpact} />
      </div>
      <TextInput
        id={fieldId(form, 'existingControls')}
        label={t('risks.form.fields.existingControls')}
        description={t('risks.form.help.existingControls')}
        value={draft.existingControls}
        onChange={(existingControls) => set({ existingControls })}
        errors={errors('existingControls')}
        maxLength={2000}
        multiline
      />
      <SelectField
        id={fieldId(form, 'response')}
        label={t('risks.form.fields.response')}
        options={RISK_RESPONSES.map((r) => ({ id: r, label: t(`risks.responses.${r}`) }))}
        value={draft.response}
        onChange={(response) => set({ response })}
        errors={errors('response')}
        isRequired
      />
      <div className="rating-grid">
        <h3 className="rating-heading">{t('risks.form.residualHeading')}</h3>
        <LevelSelect {...props} field="residualLikelihood" axis="likelihood" />
        <LevelSelect {...props} field="residualImpact" axis="impact" />
        <Score matrix={matrix} l={draft.residualLikelihood} i={draft.residualImpact} />
      </div>
      {risk ? (
        <div className={`rerating${changed ? ' rerating-required' : ''}`}>
          {changed ? <p className="rerating-note">{t('risks.form.ratingChanged')}</p> : null}
          <div className="field-row">
            <TextInput
              id={fieldId(form, 'ratingReason')}
              label={t('risks.form.fields.ratingReason')}
              description={t('risks.form.help.ratingReason')}
              value={draft.ratingReason}
              onChange={(ratingReason) => set({ ratingReason })}
              errors={errors('ratingReason')}
              isRequired={changed}
              maxLength={1000}
              multiline
            />
            <DateField
              id={fieldId(form, 'ratedOn')}
              label={t('risks.form.fields.ratedOn')}
              value={draft.ratedOn}
              onChange={(ratedOn) => set({ ratedOn })}
              errors={errors('ratedOn')}
            />
          </div>
        </div>
      ) : null}
      <AcceptanceFields {...props} />
      <ReviewField {...props} review={review} language={language} />
    </fieldset>
  )
}

function AcceptanceFields({ draft, set, errors, matrix, form }: SectionProps) {
  const { t } = useRiskText()
  if (draft.response !== 'accept') return null
  const band =
    matrix && draft.residualLikelihood !== null && draft.residualImpact !== null
      ? bandOf(matrix, { likelihood: draft.residualLikelihood, impact: draft.residualImpact })
      : undefined
  const required = band?.tolerable === false
  return (
    <div className={`acceptance${required ? ' acceptance-required' : ''}`}>
      <p className="acceptance-note">
        {required
          ? t('risks.form.help.acceptanceRequired')
          : t('risks.form.help.acceptanceOptional')}
      </p>
      <div className="field-row">
        <TextInput
          id={fieldId(form, 'acceptedBy')}
          label={t('risks.form.fields.acceptedBy')}
          value={draft.acceptedBy}
          onChange={(acceptedBy) => set({ acceptedBy })}
          errors={errors('acceptedBy')}
          isRequired={required}
          maxLength={120}
          size="medium"
        />
        <DateField
          id={fieldId(form, 'acceptedUntil')}
          label={t('risks.form.fields.acceptedUntil')}
          value={draft.acceptedUntil}
          onChange={(acceptedUntil) => set({ acceptedUntil })}
          errors={errors('acceptedUntil')}
          isRequired={required}
        />
      </div>
      <TextInput
        id={fieldId(form, 'acceptanceReason')}
        label={t('risks.form.fields.acceptanceReason')}
        value={draft.acceptanceReason}
        onChange={(acceptanceReason) => set({ acceptanceReason })}
        errors={errors('acceptanceReason')}
        isRequired={required}
        maxLength={2000}
        multiline
      />
    </div>
  )
}

function ReviewField(
  props: SectionProps & { review: ReturnType<typeof previewReview>; language: string },
) {
  const { t } = useRiskText()
  const { draft, set, errors, form, review, language, risk } = props
  // After a re-rating, a date set earlier gives way to the computed one (as the backend does).
  const recorded = risk && (ratingsChanged(draft, risk) || draft.ratingReason.trim() !== '')
  const manual =
    recorded && draft.nextReview === (risk.reviewOverridden ? risk.nextReview : '')
      ? ''
      : draft.nextReview
  const shown = manual || review?.date || ''
  return (
    <div className="review-field">
      <DateField
        id={fieldId(form, 'nextReview')}
        label={t('risks.form.fields.nextReview')}
        description={
          review
            ? t('risks.form.help.nextReview', {
                days: review.days,
                from: formatDate(review.from, language),
                date: formatDate(review.date, language),
              })
            : t('risks.form.help.nextReviewPending')
        }
        value={shown}
        onChange={(v) => set({ nextReview: v === review?.date ? '' : v })}
        errors={errors('nextReview')}
      />
      {manual ? (
        <Button
          className="button button-secondary button-small"
          onPress={() => set({ nextReview: '' })}
        >
          {t('risks.form.useComputed')}
        </Button>
      ) : null}
    </div>
  )
}
