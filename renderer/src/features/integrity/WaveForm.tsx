import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  MAX_SURVEY_SCORE,
  SURVEY_POPULATIONS,
  validateInput,
  type IntegrityData,
  type IntegrityFramework,
  type SurveyPopulation,
  type SurveyWave,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { useIntegrityStore } from '../../stores/integrity-store'
import { FactorLabel } from './FactorLabel'
import { NumberField } from '../../components/NumberField'
import { SensitivityField } from './SensitivityField'
import { useFormSubmit } from '../../components/form/use-form-submit'
import { integrityWording } from './integrity-labels'
import { FormFrame } from '../../components/form/FormFrame'

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
  const [title, setTitle] = useState(wave?.title ?? '')
  const [conductedOn, setConductedOn] = useState(wave?.conductedOn ?? '')
  const [population, setPopulation] = useState<SurveyPopulation | null>(wave?.population ?? null)
  const [respondents, setRespondents] = useState<number | null>(wave?.respondents ?? null)
  const [sensitivity, setSensitivity] = useState(wave?.sensitivity ?? 1)
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
  const form = useFormSubmit('wave', integrityWording(t, scoreLabel))
  const scoreId = (factorId: number) => {
    const i = scored.findIndex((f) => f.id === factorId)
    return form.id(i < 0 ? `score-${factorId}` : `scores.${i}.score`)
  }

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const fields = {
      title,
      conductedOn,
      population,
      respondents,
      sensitivity,
      scores: scored.map((f) => ({ factorItemId: f.id, score: scores[f.id]! })),
    }
    const result = wave
      ? await form.submit(
          validateInput('integrity:updateWave', { ...fields, id: wave.id, version: wave.version }),
          (valid) => updateWave(valid),
        )
      : await form.submit(
          validateInput('integrity:createWave', { ...fields, frameworkId: framework.id }),
          (valid) => createWave(valid),
        )
    if (result?.ok) onSaved(result.value)
  }

  return (
    <FormFrame summary={form.summary} saving={form.saving} onSubmit={onSubmit} onCancel={onCancel}>
      <TextInput
        id={form.id('title')}
        label={t('integrity.fields.title')}
        description={t('integrity.waves.titleHelp')}
        value={title}
        onChange={setTitle}
        errors={form.errors('title')}
        isRequired
        maxLength={200}
        autoFocus
      />
      <div className="ig-field-row">
        <TextInput
          id={form.id('conductedOn')}
          label={t('integrity.fields.conductedOn')}
          description={t('integrity.dateHelp')}
          value={conductedOn}
          onChange={setConductedOn}
          errors={form.errors('conductedOn')}
          isRequired
          size="short"
        />
        <SelectField
          id={form.id('population')}
          label={t('integrity.fields.population')}
          options={SURVEY_POPULATIONS.map((id) => ({
            id,
            label: t(`integrity.populations.${id}`),
          }))}
          value={population}
          onChange={(v) => setPopulation(v)}
          errors={form.errors('population')}
          isRequired
        />
        <NumberField
          id={form.id('respondents')}
          label={t('integrity.fields.respondents')}
          value={respondents}
          onChange={setRespondents}
          errors={form.errors('respondents')}
          size="short"
          isRequired
        />
      </div>
      <SensitivityField
        id={form.id('sensitivity')}
        classifications={data.classifications}
        value={sensitivity}
        onChange={setSensitivity}
        errors={form.errors('sensitivity')}
      />
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
