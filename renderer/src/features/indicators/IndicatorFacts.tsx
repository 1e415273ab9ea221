import { useTranslation } from 'react-i18next'
import type { Indicator } from '../../../../shared/contract'
import { formatValue, targetOptionLabel } from './indicator-format'
import { formatDate } from '../../lib/format'

/** What the indicator measures and how: definition, plan, source and who is responsible. */
export function IndicatorFacts({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const point = (value: number, date: string) =>
    t('indicators.facts.point', {
      value: formatValue(value, indicator.unit, lang),
      date: formatDate(date, lang),
    })
  const notSet = <span className="muted">{t('common.notSet')}</span>
  return (
    <dl className="summary-list indicator-facts">
      <dt>{t('indicators.fields.attachedTo')}</dt>
      <dd>{targetOptionLabel(t, indicator.attachedTo)}</dd>
      <dt>{t('indicators.fields.definition')}</dt>
      <dd className="prewrap">{indicator.definition || notSet}</dd>
      <dt>{t('indicators.fields.unit')}</dt>
      <dd>{indicator.unit}</dd>
      <dt>{t('indicators.fields.direction')}</dt>
      <dd>{t(`indicators.directions.${indicator.direction}`)}</dd>
      <dt>{t('indicators.fields.frequency')}</dt>
      <dd>{t(`indicators.frequencies.${indicator.frequency}`)}</dd>
      <dt>{t('indicators.form.baseline')}</dt>
      <dd>{point(indicator.baselineValue, indicator.baselineDate)}</dd>
      <dt>{t('indicators.form.milestones')}</dt>
      <dd>
        {indicator.milestones.length ? (
          <ul className="fact-list">
            {indicator.milestones.map((m) => (
              <li key={m.date}>{point(m.value, m.date)}</li>
            ))}
          </ul>
        ) : (
          notSet
        )}
      </dd>
      <dt>{t('indicators.form.target')}</dt>
      <dd>{point(indicator.targetValue, indicator.targetDate)}</dd>
      <dt>{t('indicators.fields.source')}</dt>
      <dd>{indicator.source || notSet}</dd>
      <dt>{t('indicators.fields.responsible')}</dt>
      <dd>{indicator.responsible || notSet}</dd>
      <dt>{t('indicators.fields.libraryItemId')}</dt>
      <dd>{indicator.libraryCode ?? t('indicators.facts.fromScratch')}</dd>
    </dl>
  )
}
