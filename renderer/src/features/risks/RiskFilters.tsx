import { Button } from 'react-aria-components'
import {
  RISK_STATUS_FILTERS,
  type RegisterFilter,
  type Risk,
  type RiskTarget,
} from '../../../../shared/contract'
import { isFiltered } from '../../../../shared/domain/risk-register'
import { CheckboxField } from '../../components/CheckboxField'
import { SelectField } from '../../components/SelectField'
import { categoryLabel, useRiskText } from './risk-text'

interface RiskFiltersProps {
  risks: Risk[]
  targets: RiskTarget[]
  filter: RegisterFilter
  onChange(patch: Partial<RegisterFilter>): void
  onClear(): void
}

const ANY = 'any'

/** Filters of the register: they combine, and one button clears them all. */
export function RiskFilters({ risks, targets, filter, onChange, onClear }: RiskFiltersProps) {
  const { t, language } = useRiskText()
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' })
  const owners = [...new Set(risks.map((r) => r.owner))].sort(collator.compare)
  const categories = [...new Set(risks.map((r) => r.category))]
    .map((c) => ({ id: c, label: categoryLabel(t, c) }))
    .sort((a, b) => collator.compare(a.label, b.label))
  const any = { id: ANY, label: t('risks.filters.any') }
  const pick = (v: string) => (v === ANY ? null : v)
  const cell = filter.cell
  return (
    <section className="risk-panel filters-panel" aria-labelledby="risk-filters-heading">
      <div className="panel-header">
        <h2 id="risk-filters-heading">{t('risks.filters.heading')}</h2>
        <Button
          className="button button-secondary button-small"
          onPress={onClear}
          isDisabled={!isFiltered(filter)}
        >
          {t('risks.filters.clear')}
        </Button>
      </div>
      <div className="filter-grid">
        <SelectField
          id="risk-filter-objective"
          label={t('risks.filters.objective')}
          options={[
            any,
            ...targets
              .filter((x) => x.type === 'objective')
              .map((o) => ({ id: String(o.id), label: `${o.code} — ${o.title}` })),
          ]}
          value={filter.objectiveId == null ? ANY : String(filter.objectiveId)}
          onChange={(v) => onChange({ objectiveId: v === ANY ? null : Number(v) })}
        />
        <SelectField
          id="risk-filter-owner"
          label={t('risks.filters.owner')}
          options={[any, ...owners.map((o) => ({ id: o, label: o }))]}
          value={filter.owner ?? ANY}
          onChange={(v) => onChange({ owner: pick(v) })}
        />
        <SelectField
          id="risk-filter-category"
          label={t('risks.filters.category')}
          options={[any, ...categories]}
          value={filter.category ?? ANY}
          onChange={(v) => onChange({ category: pick(v) })}
        />
        <SelectField
          id="risk-filter-status"
          label={t('risks.filters.status')}
          options={RISK_STATUS_FILTERS.map((s) => ({
            id: s,
            label: t(`risks.filters.statuses.${s}`),
          }))}
          value={filter.status ?? 'active'}
          onChange={(v) => onChange({ status: v })}
        />
      </div>
      <div className="filter-ticks">
        <CheckboxField
          isSelected={Boolean(filter.overdueReview)}
          onChange={(v) => onChange({ overdueReview: v })}
        >
          {t('risks.filters.overdueReview')}
        </CheckboxField>
        <CheckboxField
          isSelected={Boolean(filter.overdueAction)}
          onChange={(v) => onChange({ overdueAction: v })}
        >
          {t('risks.filters.overdueAction')}
        </CheckboxField>
      </div>
      {cell ? (
        <p className="cell-filter">
          <span>
            {t('risks.filters.cell', {
              likelihood: cell.likelihood,
              impact: cell.impact,
              rating: t(`risks.heatMap.${cell.rating}`),
            })}
          </span>
          <Button
            className="link-button link-button-plain"
            onPress={() => onChange({ cell: null })}
          >
            {t('risks.filters.removeCell')}
          </Button>
        </p>
      ) : null}
    </section>
  )
}
