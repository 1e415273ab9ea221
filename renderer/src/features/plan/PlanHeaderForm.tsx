import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { validateInput, type PlanHeader } from '../../../../shared/contract'
import { TextInput } from '../../components/TextInput'
import { usePlanStore } from '../../stores/plan-store'
import { DateField } from '../../components/DateField'
import { FormFrame } from '../../components/form/FormFrame'
import { usePlanForm } from './use-plan-form'

interface PlanHeaderFormProps {
  header: PlanHeader
  onSaved(message: string): void
  onCancel(): void
}

/** Vision, mission, impact with its assumptions, and the plan period. */
export function PlanHeaderForm({ header, onSaved, onCancel }: PlanHeaderFormProps) {
  const { t } = useTranslation()
  const saveHeader = usePlanStore((s) => s.saveHeader)
  const form = usePlanForm('plan-header', {
    vision: header.vision,
    mission: header.mission,
    impact: header.impact,
    impactAssumptions: header.impactAssumptions,
    periodStart: header.periodStart ?? '',
    periodEnd: header.periodEnd ?? '',
  })
  const f = form.values

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const input = {
      ...f,
      periodStart: f.periodStart || null,
      periodEnd: f.periodEnd || null,
      version: header.version,
    }
    const saved = await form.submit(validateInput('plan:saveHeader', input), () =>
      saveHeader(input),
    )
    if (saved?.ok) onSaved(t('plan.header.saved'))
  }

  const text = (key: 'vision' | 'mission' | 'impact' | 'impactAssumptions', help: string) => (
    <TextInput
      {...form.bind(key)}
      description={help}
      maxLength={key === 'impactAssumptions' ? 4000 : 2000}
      multiline
      autoFocus={key === 'vision'}
    />
  )

  return (
    <FormFrame form={form} onSubmit={onSubmit} onCancel={onCancel}>
      {text('vision', t('plan.header.visionHelp'))}
      {text('mission', t('plan.header.missionHelp'))}
      {text('impact', t('plan.header.impactHelp'))}
      {text('impactAssumptions', t('plan.header.assumptionsHelp'))}
      <fieldset className="plan-date-pair">
        <legend className="field-label">{t('plan.header.period')}</legend>
        <p className="field-help">{t('plan.header.periodHelp')}</p>
        <div className="plan-date-fields">
          <DateField {...form.bind('periodStart')} />
          <DateField {...form.bind('periodEnd')} />
        </div>
      </fieldset>
    </FormFrame>
  )
}
