import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { MAX_MILESTONES } from '../../../../shared/contract'
import { FieldMessages } from '../../components/FieldMessages'
import { NumberField } from '../../components/NumberField'
import { fieldId } from '../../lib/problems'
import { useFocusAfterRender } from '../../lib/use-focus-after-render'
import { DateField } from '../../components/DateField'
import { INDICATOR_FORM, rowKey, type IndicatorDraft, type MilestoneRow } from './indicator-draft'

interface PlanFieldsProps {
  draft: IndicatorDraft
  onChange(patch: Partial<IndicatorDraft>): void
  errorsFor(path: string): string[]
}

/** Baseline, milestones and target: the planned path every value is judged against. */
export function PlanFields({ draft, onChange, errorsFor }: PlanFieldsProps) {
  const { t } = useTranslation()
  const focusLater = useFocusAfterRender()
  const id = (path: string) => fieldId(INDICATOR_FORM, path)
  const rows = draft.milestones
  const setRows = (milestones: MilestoneRow[]) => onChange({ milestones })
  const unit = draft.unit || undefined

  function add(): void {
    setRows([...rows, { key: rowKey(), date: '', value: null }])
    focusLater(id(`milestones.${rows.length}.date`))
  }

  function remove(index: number): void {
    setRows(rows.filter((_, i) => i !== index))
    focusLater('milestone-add')
  }

  return (
    <section className="form-section" aria-labelledby="indicator-plan-heading">
      <h3 id="indicator-plan-heading" className="form-section-title">
        {t('indicators.form.planHeading')}
      </h3>
      <p className="section-help">{t('indicators.form.planHelp')}</p>
      <fieldset className="plan-point">
        <legend>{t('indicators.form.baseline')}</legend>
        <div className="plan-point-fields">
          <NumberField
            id={id('baselineValue')}
            label={t('indicators.fields.baselineValue')}
            unit={unit}
            value={draft.baselineValue}
            onChange={(baselineValue) => onChange({ baselineValue })}
            errors={errorsFor('baselineValue')}
            isRequired
            size="short"
          />
          <DateField
            id={id('baselineDate')}
            label={t('indicators.fields.baselineDate')}
            value={draft.baselineDate}
            onChange={(baselineDate) => onChange({ baselineDate })}
            errors={errorsFor('baselineDate')}
            isRequired
          />
        </div>
      </fieldset>
      <fieldset className="plan-point">
        <legend>{t('indicators.form.milestones')}</legend>
        <FieldMessages messages={errorsFor('milestones')} />
        {rows.length === 0 ? <p className="muted">{t('indicators.form.noMilestones')}</p> : null}
        <ol className="milestone-list">
          {rows.map((row, i) => (
            <li key={row.key} className="plan-point-fields">
              <DateField
                id={id(`milestones.${i}.date`)}
                label={t('indicators.form.milestoneDate', { n: i + 1 })}
                value={row.date}
                onChange={(date) =>
                  setRows(rows.map((r) => (r.key === row.key ? { ...r, date } : r)))
                }
                errors={errorsFor(`milestones.${i}.date`)}
                isRequired
              />
              <NumberField
                id={id(`milestones.${i}.value`)}
                label={t('indicators.form.milestoneValue', { n: i + 1 })}
                unit={unit}
                value={row.value}
                onChange={(value) =>
                  setRows(rows.map((r) => (r.key === row.key ? { ...r, value } : r)))
                }
                errors={errorsFor(`milestones.${i}.value`)}
                isRequired
                size="short"
              />
              <Button
                className="button button-secondary button-small plan-point-remove"
                aria-label={t('indicators.form.removeMilestone', { n: i + 1 })}
                onPress={() => remove(i)}
              >
                {t('common.remove')}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          id="milestone-add"
          className="button button-secondary"
          isDisabled={rows.length >= MAX_MILESTONES}
          onPress={add}
        >
          {t('indicators.form.addMilestone')}
        </Button>
      </fieldset>
      <fieldset className="plan-point">
        <legend>{t('indicators.form.target')}</legend>
        <div className="plan-point-fields">
          <NumberField
            id={id('targetValue')}
            label={t('indicators.fields.targetValue')}
            unit={unit}
            value={draft.targetValue}
            onChange={(targetValue) => onChange({ targetValue })}
            errors={errorsFor('targetValue')}
            isRequired
            size="short"
          />
          <DateField
            id={id('targetDate')}
            label={t('indicators.fields.targetDate')}
            value={draft.targetDate}
            onChange={(targetDate) => onChange({ targetDate })}
            errors={errorsFor('targetDate')}
            isRequired
          />
        </div>
      </fieldset>
    </section>
  )
}
