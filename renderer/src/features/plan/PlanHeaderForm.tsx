import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { validateInput, type PlanHeader } from '../../../../shared/contract'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { usePlanStore } from '../../stores/plan-store'
import { DateField } from '../../components/DateField'
import { planErrorsAt, planErrorText, planLabelFor, planSummaryItems } from './plan-errors'
import { useFormSubmit } from '../../components/form/use-form-submit'
import { FormFrame } from '../../components/form/FormFrame'

const FORM = 'plan-header'

interface PlanHeaderFormProps {
  header: PlanHeader
  onSaved(message: string): void
  onCancel(): void
}

/** Vision, mission, impact with its assumptions, and the plan period. */
export function PlanHeaderForm({ header, onSaved, onCancel }: PlanHeaderFormProps) {
  const { t } = useTranslation()
  const saveHeader = usePlanStore((s) => s.saveHeader)
  const [f, setF] = useState({
    vision: header.vision,
    mission: header.mission,
    impact: header.impact,
    impactAssumptions: header.impactAssumptions,
    periodStart: header.periodStart ?? '',
    periodEnd: header.periodEnd ?? '',
  })
  const { problems, failure, saving, submit } = useFormSubmit(FORM)
  const labelFor = planLabelFor(t)
  const errors = (path: string) => planErrorsAt(t, problems, labelFor, path)
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }))

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const input = {
      ...f,
      periodStart: f.periodStart || null,
      periodEnd: f.periodEnd || null,
      version: header.version,
    }
    const saved = await submit(validateInput('plan:saveHeader', input), () => saveHeader(input))
    if (saved?.ok) onSaved(t('plan.header.saved'))
  }

  const text = (key: keyof typeof f, help?: string, autoFocus?: boolean) => (
    <TextInput
      id={fieldId(FORM, key)}
      label={t(`plan.fields.${key}`)}
      description={help}
      value={f[key]}
      onChange={(v) => set({ [key]: v })}
      errors={errors(key)}
      maxLength={key === 'impactAssumptions' ? 4000 : 2000}
      multiline
      autoFocus={autoFocus}
    />
  )

  return (
    <FormFrame
      summary={{
        message: failure ? planErrorText(t, failure) : undefined,
        items: planSummaryItems(t, problems, labelFor, FORM),
      }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {text('vision', t('plan.header.visionHelp'), true)}
      {text('mission', t('plan.header.missionHelp'))}
      {text('impact', t('plan.header.impactHelp'))}
      {text('impactAssumptions', t('plan.header.assumptionsHelp'))}
      <fieldset className="plan-date-pair">
        <legend className="field-label">{t('plan.header.period')}</legend>
        <p className="field-help">{t('plan.header.periodHelp')}</p>
        <div className="plan-date-fields">
          <DateField
            id={fieldId(FORM, 'periodStart')}
            label={t('plan.fields.periodStart')}
            value={f.periodStart}
            onChange={(periodStart) => set({ periodStart })}
            errors={errors('periodStart')}
          />
          <DateField
            id={fieldId(FORM, 'periodEnd')}
            label={t('plan.fields.periodEnd')}
            value={f.periodEnd}
            onChange={(periodEnd) => set({ periodEnd })}
            errors={errors('periodEnd')}
          />
        </div>
      </fieldset>
    </FormFrame>
  )
}
