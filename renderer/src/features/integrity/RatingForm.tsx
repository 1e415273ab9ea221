import { useState, type FormEvent } from 'react'
import { Label, Radio, RadioGroup, Text } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  validateInput,
  type IntegrityAssessment,
  type IntegrityFactor,
  type IntegrityFramework,
} from '../../../../shared/contract'
import { TextInput } from '../../components/TextInput'
import { useIntegrityStore } from '../../stores/integrity-store'
import { FactorLabel } from './FactorLabel'
import { useLocal } from './integrity-format'
import { useIntegrityFields } from './integrity-labels'
import { FormFrame } from '../../components/form/FormFrame'

const NOT_RATED = 'none'
/** The rating's texts, each up to 4000 characters. */
const TEXTS = ['strengths', 'weaknesses', 'evidence'] as const

interface RatingFormProps {
  framework: IntegrityFramework
  assessment: IntegrityAssessment
  factor: IntegrityFactor
  onSaved(): void
  onCancel(): void
}

/** Rates one factor on the framework's scale, with strengths, weaknesses and evidence. */
export function RatingForm({ framework, assessment, factor, onSaved, onCancel }: RatingFormProps) {
  const { t } = useTranslation()
  const local = useLocal()
  const rateFactor = useIntegrityStore((s) => s.rateFactor)
  const current = assessment.ratings.find((r) => r.factorItemId === factor.id)
  const [rating, setRating] = useState(
    current?.rating === null || current === undefined ? NOT_RATED : String(current.rating),
  )
  const { form, values, bind } = useIntegrityFields('rating', {
    strengths: current?.strengths ?? '',
    weaknesses: current?.weaknesses ?? '',
    evidence: current?.evidence ?? '',
  })
  const levels = framework.scale?.levels ?? []

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const input = {
      assessmentId: assessment.id,
      factorItemId: factor.id,
      version: current?.version ?? null,
      rating: rating === NOT_RATED ? null : Number(rating),
      ...values,
    }
    const result = await form.submit(validateInput('integrity:rateFactor', input), (valid) =>
      rateFactor(valid),
    )
    if (result?.ok) onSaved()
  }

  return (
    <FormFrame summary={form.summary} saving={form.saving} onSubmit={onSubmit} onCancel={onCancel}>
      <p className="ig-rating-factor">
        <FactorLabel factor={factor} />
      </p>
      {factor.guidance ? <p className="muted">{local(factor.guidance)}</p> : null}
      <RadioGroup
        id={form.id('rating')}
        className="field ig-rating-levels"
        value={rating}
        onChange={setRating}
        isInvalid={form.errors('rating').length > 0}
        validationBehavior="aria"
      >
        <Label className="field-label">{t('integrity.fields.rating')}</Label>
        <Text slot="description" className="field-help">
          {t('integrity.ratingHelp', { scale: local(framework.scale?.name) })}
        </Text>
        {levels.map((l) => (
          <Radio key={l.level} value={String(l.level)} className="radio ig-rating-level">
            <span className="radio-dot" aria-hidden="true" />
            <span>
              <span className="ig-rating-level-name">
                {l.level} — {local(l.name)}
              </span>
              {l.descriptor ? (
                <span className="ig-rating-level-descriptor">{local(l.descriptor)}</span>
              ) : null}
            </span>
          </Radio>
        ))}
        <Radio value={NOT_RATED} className="radio ig-rating-level">
          <span className="radio-dot" aria-hidden="true" />
          <span className="ig-rating-level-name">{t('integrity.notRated')}</span>
        </Radio>
        <span className="field-error">{form.errors('rating').join(' ')}</span>
      </RadioGroup>
      {TEXTS.map((name) => (
        <TextInput
          key={name}
          {...bind(name)}
          description={name === 'evidence' ? t('integrity.evidenceHelp') : undefined}
          maxLength={4000}
          multiline
        />
      ))}
    </FormFrame>
  )
}
