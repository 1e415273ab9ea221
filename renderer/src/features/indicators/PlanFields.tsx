import { useTranslation } from 'react-i18next'
import { MAX_MILESTONES } from '../../../../shared/contract'
import { FieldMessages } from '../../components/FieldMessages'
import { NumberField } from '../../components/NumberField'
import { fieldId } from '../../lib/problems'
import { useRowList } from '../../components/form/use-row-list'
import { AddRowButton, RemoveRowButton } from '../../components/RowButtons'
import { DateField } from '../../components/DateField'
import { INDICATOR_FORM, rowKey, type IndicatorDraft } from './indicator-draft'

interface PlanFieldsProps {
  draft: IndicatorDraft
  onChange(patch: Partial<IndicatorDraft>): void
  errorsFor(path: string): string[]
}

/** Baseline, milestones and target: the planned path every value is judged against. */
export function PlanFields({ draft, onChange, errorsFor }: PlanFieldsProps) {
  const { t } = useTranslation()
  const id = (path: string) => fieldId(INDICATOR_FORM, path)
  const rows = draft.milestones
  const list = useRowList(rows, (milestones) => onChange({ milestones }), {
    added: (index) => id(`milestones.${index}.date`),
    addButton: 'milestone-add',
  })
  const unit = draft.unit || undefined

  /** The baseline or the target: a value on a date. */
  const point = (which: 'baseline' | 'target') => {
    const value = `${which}Value` as const
    const date = `${which}Date` as const
    return (
      <fieldset className="plan-point">
        <legend>{t(`indicators.form.${which}`)}</legend>
        <div className="plan-point-fields">
          <NumberField
            id={id(value)}
            label={t(`indicators.fields.${value}`)}
            unit={unit}
            value={draft[value]}
            onChange={(v) => onChange({ [value]: v })}
            errors={errorsFor(value)}
            isRequired
            size="short"
          />
          <DateField
            id={id(date)}
            label={t(`indicators.fields.${date}`)}
            value={draft[date]}
            onChange={(v) => onChange({ [date]: v })}
            errors={errorsFor(date)}
            isRequired
          />
        </div>
      </fieldset>
    )
  }

  return (
    <section className="form-section" aria-labelledby="indicator-plan-heading">
      <h3 id="indicator-plan-heading" className="form-section-title">
        {t('indicators.form.planHeading')}
      </h3>
      <p className="section-help">{t('indicators.form.planHelp')}</p>
      {point('baseline')}
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
                onChange={(date) => list.edit(row.key, { date })}
                errors={errorsFor(`milestones.${i}.date`)}
                isRequired
              />
              <NumberField
                id={id(`milestones.${i}.value`)}
                label={t('indicators.form.milestoneValue', { n: i + 1 })}
                unit={unit}
                value={row.value}
                onChange={(value) => list.edit(row.key, { value })}
                errors={errorsFor(`milestones.${i}.value`)}
                isRequired
                size="short"
              />
              <RemoveRowButton
                className="plan-point-remove"
                label={t('indicators.form.removeMilestone', { n: i + 1 })}
                onPress={() => list.remove(i)}
              />
            </li>
          ))}
        </ol>
        <AddRowButton
          id="milestone-add"
          isFull={rows.length >= MAX_MILESTONES}
          onPress={() => list.add({ key: rowKey(), date: '', value: null })}
        >
          {t('indicators.form.addMilestone')}
        </AddRowButton>
      </fieldset>
      {point('target')}
    </section>
  )
}
