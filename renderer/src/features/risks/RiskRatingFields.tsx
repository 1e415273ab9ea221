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
import { BandChip } from './RiskMarks'
import { formatDate } from '../../lib/format'

type LevelKey = 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'

function LevelSelect(props: SectionProps & { field: LevelKey; axis: 'likelihood' | 'impact' }) {
  const { t, language } = useRiskText()
  const { matrix, draft, field } = props
  const levels = matrix ? [...matrix[props.axis]].sort((a, b) => a.level - b.level) : []
  return (
    <SelectField
      id={fieldId(props.form, field)}
      popoverClassName="risk-popover"
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

/** One rating (inherent or residual): likelihood and impact, and the score they give. */
function RatingGrid(props: SectionProps & { kind: 'inherent' | 'residual' }) {
  const { t } = useRiskText()
  const { kind, draft } = props
  return (
    <div className="rating-grid">
      <h3 className="rating-heading">{t(`risks.form.${kind}Heading`)}</h3>
      <LevelSelect {...props} field={`${kind}Likelihood`} axis="likelihood" />
      <LevelSelect {...props} field={`${kind}Impact`} axis="impact" />
      <Score matrix={props.matrix} l={draft[`${kind}Likelihood`]} i={draft[`${kind}Impact`]} />
    </div>
  )
}

/** Inherent rating, controls, response, residual rating, the reason for a re-rating and the review date. */
export function RiskRatingFields(props: SectionProps) {
  const { t, language, local } = useRiskText()
  const { draft, set, errors, bind, matrix, risk, reference, form, isNew, today } = props
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
      <RatingGrid {...props} kind="inherent" />
      <TextInput
        {...bind('existingControls')}
        description={t('risks.form.help.existingControls')}
        maxLength={2000}
        multiline
      />
      <SelectField
        {...bind('response')}
        options={RISK_RESPONSES.map((r) => ({ id: r, label: t(`risks.responses.${r}`) }))}
        isRequired
      />
      <RatingGrid {...props} kind="residual" />
      {risk ? (
        <div className={`rerating${changed ? ' rerating-required' : ''}`}>
          {changed ? <p className="rerating-note">{t('risks.form.ratingChanged')}</p> : null}
          <div className="field-row">
            <TextInput
              {...bind('ratingReason')}
              description={t('risks.form.help.ratingReason')}
              isRequired={changed}
              maxLength={1000}
              multiline
            />
            <DateField {...bind('ratedOn')} />
          </div>
        </div>
      ) : null}
      <AcceptanceFields {...props} />
      <ReviewField {...props} review={review} language={language} />
    </fieldset>
  )
}

function AcceptanceFields({ draft, bind, matrix }: SectionProps) {
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
        <TextInput {...bind('acceptedBy')} isRequired={required} maxLength={120} size="medium" />
        <DateField {...bind('acceptedUntil')} isRequired={required} />
      </div>
      <TextInput {...bind('acceptanceReason')} isRequired={required} maxLength={2000} multiline />
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
