import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  MAX_SURVEY_SCORE,
  SURVEY_POPULATIONS,
  type IntegrityData,
  type IntegrityFramework,
  type SurveyPopulation,
  type SurveyWave,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { useIntegrityStore } from '../../stores/integrity-store'
import { FactorLabel } from './FactorLabel'
import { NumberField } from '../../components/NumberField'
import { SensitivityField } from './SensitivityField'
import { useIntegrityFields } from './integrity-labels'
import { FormFrame } from '../../components/form/FormFrame'
import { saveRecord } from '../../components/form/save-record'
import { TitleDateFields } from './TitleDateFields'

interface WaveFormProps {
  data: IntegrityData
  framework: IntegrityFramework
  /** The wave being edited, or undefined for a new one. */
  wave?: SurveyWave
  onSaved(saved: SurveyWave): void
  onCancel(): void
}

/** Records a perception-survey wave: date, population, respondents and a score per factor. */
export function WaveForm({ data, framework, wave, onSaved, onCancel }: WaveFormProps) {
  const { t } = useTranslation()
  const createWave = useIntegrityStore((s) => s.createWave)
  const updateWave = useIntegrityStore((s) => s.updateWave)
  const [scores, setScores] = useState<Record<number, number | null>>(() =>
    Object.fromEntries((wave?.scores ?? []).map((s) => [s.factorItemId, s.score])),
  )
  // Only the factors given a score are sent; problems at "scores.N" point back to that factor.
  const scored = framework.factors.filter((f) => (scores[f.id] ?? null) !== null)
  const scoreLabel = (path: string) => {
    const m = /^scores\.(\d+)/.exec(path)
    const f = m ? scored[Number(m[1])] : undefined
    return f ? t('integrity.waves.scoreFor', { code: f.code }) : undefined
  }
  const { form, values, bind } = useIntegrityFields(
    'wave',
    {
      title: wave?.title ?? '',
      conductedOn: wave?.conductedOn ?? '',
      population: (wave?.population ?? null) as SurveyPopulation | null,
      respondents: wave?.respondents ?? null,
      sensitivity: wave?.sensitivity ?? 1,
    },
    scoreLabel,
  )
  const scoreId = (factorId: number) => {
    const i = scored.findIndex((f) => f.id === factorId)
    return form.id(i < 0 ? `score-${factorId}` : `scores.${i}.score`)
  }

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const fields = {
      ...values,
      scores: scored.map((f) => ({ factorItemId: f.id, score: scores[f.id]! })),
    }
    const result = await saveRecord(
      form,
      wave,
      fields,
      { channel: 'integrity:createWave', extra: { frameworkId: framework.id }, send: createWave },
      { channel: 'integrity:updateWave', send: updateWave },
    )
    if (result?.ok) onSaved(result.value)
  }

  return (
    <FormFrame summary={form.summary} saving={form.saving} onSubmit={onSubmit} onCancel={onCancel}>
      <TitleDateFields
        title={bind('title')}
        titleHelp={t('integrity.waves.titleHelp')}
        date={bind('conductedOn')}
      >
        <SelectField<SurveyPopulation>
          {...bind('population')}
          options={SURVEY_POPULATIONS.map((id) => ({
            id,
            label: t(`integrity.populations.${id}`),
          }))}
          isRequired
        />
        <NumberField {...bind('respondents')} size="short" isRequired />
      </TitleDateFields>
      <SensitivityField {...bind('sensitivity')} classifications={data.classifications} />
      <fieldset className="ig-score-grid">
        <legend className="field-label">
          {t('integrity.waves.scoresLegend', { max: MAX_SURVEY_SCORE })}
        </legend>
        <p className="field-help">{t('integrity.waves.scoresHelp')}</p>
        {framework.factors.map((f) => (
          <div key={f.id} className="ig-score-row">
            <FactorLabel factor={f} compact />
            <NumberField
              id={scoreId(f.id)}
              label={t('integrity.waves.scoreFor', { code: f.code })}
              hideLabel
              value={scores[f.id] ?? null}
              onChange={(v) => setScores((s) => ({ ...s, [f.id]: v }))}
              errors={form.errors(`scores.${scored.findIndex((x) => x.id === f.id)}.score`)}
              size="short"
            />
          </div>
        ))}
      </fieldset>
    </FormFrame>
  )
}
