import { useMemo, useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { FieldProblem, IndicatorActual, IndicatorDetail } from '../../../../shared/contract'
import { assessActual, needsExplanation } from '../../../../shared/domain/indicator-status'
import {
  lastEndedPeriod,
  periodOf,
  periodsBetween,
  parsePeriod,
} from '../../../../shared/domain/periods'
import { SelectField } from '../../components/SelectField'
import { NumberField } from '../../components/NumberField'
import { TextInput } from '../../components/TextInput'
import { type LabelFor } from '../../lib/problems'
import { useIndicatorsStore } from '../../stores/indicators-store'
import { formatValue, indicatorProblemText, periodLabel } from './indicator-format'
import { RagBadge } from './RagBadge'
import { FormFrame } from '../../components/form/FormFrame'
import {
  checkedLocally,
  problemWording,
  useFormSubmit,
} from '../../components/form/use-form-submit'
import { formatDate } from '../../lib/format'

const FORM = 'actual'
/** The most periods the picker lists (ten years of months). */
const MAX_CHOICES = 120

interface ActualFormProps {
  detail: IndicatorDetail
  /** The value being corrected, or undefined to record a new one. */
  actual?: IndicatorActual
  onSaved(message: string): void
  onCancel(): void
}

// Periods that are over and still without a value, newest first (plus the one being edited).
function periodChoices(detail: IndicatorDetail, editing?: IndicatorActual): string[] {
  const { indicator, actuals } = detail
  const today = new Date().toISOString().slice(0, 10)
  const last = parsePeriod(lastEndedPeriod(today, indicator.frequency), indicator.frequency)!
  const first = [
    indicator.baselineDate,
    actuals[0]?.periodStart ?? indicator.baselineDate,
  ].sort()[0]!
  const taken = new Set(actuals.map((a) => a.period))
  return periodsBetween(first, last.end, indicator.frequency)
    .filter((p) => p === editing?.period || !taken.has(p))
    .reverse()
    .slice(0, MAX_CHOICES)
}

/** Records or corrects the value of one period, showing its status before it is saved. */
export function ActualForm({ detail, actual, onSaved, onCancel }: ActualFormProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { indicator } = detail
  const { addActual, updateActual } = useIndicatorsStore()
  const choices = useMemo(() => periodChoices(detail, actual), [detail, actual])
  const [period, setPeriod] = useState<string | null>(actual?.period ?? choices[0] ?? null)
  /** Null when empty, NaN when what was typed is not a number. */
  const [typed, setTyped] = useState<number | null>(actual?.value ?? null)
  const [explanation, setExplanation] = useState(actual?.explanation ?? '')

  const value = typed === null || Number.isNaN(typed) ? null : typed
  const verdict = period && value !== null ? assessActual(indicator, period, value) : null
  const planned = period ? assessActual(indicator, period, null)?.planned : undefined
  const red = verdict ? needsExplanation(verdict.rag) : false
  const show = (n: number) => formatValue(n, indicator.unit, lang)

  const labelFor: LabelFor = (path) => {
    const key = `indicators.actualFields.${path}`
    return i18n.exists(key) ? t(key) : undefined
  }
  // Server problems carry raw numbers and codes; show them as the user reads them.
  const say = (p: FieldProblem) => {
    const params = { ...p.params }
    if (typeof params.value === 'number') params.value = show(params.value)
    if (typeof params.planned === 'number') params.planned = show(params.planned)
    if (typeof params.period === 'string') params.period = periodLabel(t, params.period, lang)
    if (typeof params.periodEnd === 'string') params.periodEnd = formatDate(params.periodEnd, lang)
    return indicatorProblemText(t, { ...p, params }, labelFor)
  }
  const form = useFormSubmit(FORM, { labelFor, ...problemWording((_t, p) => say(p)) })

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const local: FieldProblem[] = []
    if (!period) local.push({ path: 'period', code: 'required', message: '', params: {} })
    if (value === null) {
      const rule = typed === null ? 'value_required' : 'not_a_number'
      local.push({ path: 'value', code: 'invalid', message: '', params: { rule } })
    }
    const result = await form.submit(
      checkedLocally(local, { period: period ?? '', value: value ?? 0 }),
      (input) =>
        actual
          ? updateActual({ ...input, id: actual.id, version: actual.version, explanation })
          : addActual({ ...input, indicatorId: indicator.id, explanation }),
    )
    if (result?.ok) {
      const key = actual ? 'indicators.actuals.updated' : 'indicators.actuals.added'
      onSaved(t(key, { period: periodLabel(t, result.value.period, lang) }))
    }
  }

  if (!actual && choices.length === 0) {
    const latest = periodLabel(
      t,
      periodOf(new Date().toISOString().slice(0, 10), indicator.frequency),
      lang,
    )
    return (
      <div className="dialog-form">
        <p>{t('indicators.actuals.noFreePeriod', { period: latest })}</p>
        <div className="form-buttons">
          <Button className="button button-primary" onPress={onCancel}>
            {t('indicators.close')}
          </Button>
        </div>
      </div>
    )
  }

  return (
    <FormFrame form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <SelectField
        id={form.id('period')}
        label={t('indicators.actualFields.period')}
        description={t(`indicators.periodHelp.${indicator.frequency}`)}
        options={choices.map((p) => ({ id: p, label: periodLabel(t, p, lang) }))}
        value={period}
        onChange={(p) => setPeriod(p)}
        errors={form.errors('period')}
        isRequired
      />
      <NumberField
        id={form.id('value')}
        label={t('indicators.actualFields.valueIn', { unit: indicator.unit })}
        value={typed}
        onChange={setTyped}
        errors={form.errors('value')}
        isRequired
        size="short"
        autoFocus
      />
      <div className="status-preview" role="status" aria-live="polite">
        {planned !== undefined && period ? (
          <p>
            {t('indicators.preview.planned', {
              period: periodLabel(t, period, lang),
              planned: show(planned),
            })}
          </p>
        ) : null}
        {verdict ? (
          <p className="status-preview-line">
            {t('indicators.preview.status')} <RagBadge rag={verdict.rag} />
          </p>
        ) : null}
        {red ? (
          <p className="status-preview-warning">{t('indicators.preview.explainRed')}</p>
        ) : null}
      </div>
      <TextInput
        id={form.id('explanation')}
        label={t('indicators.actualFields.explanation')}
        description={t(red ? 'indicators.explanationHelpRed' : 'indicators.explanationHelp')}
        value={explanation}
        onChange={setExplanation}
        errors={form.errors('explanation')}
        isRequired={red}
        maxLength={2000}
        multiline
      />
    </FormFrame>
  )
}
