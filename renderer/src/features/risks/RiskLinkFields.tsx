import { Checkbox } from 'react-aria-components'
import { RISK_STATUSES } from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { targetLabel, useRiskText } from './risk-text'
import type { SectionProps } from './risk-form-props'
import { DateField } from '../../components/DateField'
import { ChoiceField } from './RiskFields'

const NONE = 'none'

/** What the risk is linked to, who owns it, when it was raised and its status. */
export function RiskLinkFields({ draft, set, errors, reference, targets, form }: SectionProps) {
  const { t, local } = useRiskText()
  const of = (type: string, level?: string) =>
    targets
      .filter((x) => x.type === type && (level === undefined || x.level === level))
      .map((x) => ({ id: `${x.type}:${x.id}`, label: targetLabel(t, x) }))
  const groups = [
    { options: [{ id: 'programme', label: t('risks.linkedTo.programme') }] },
    { heading: t('risks.form.targetGroups.objectives'), options: of('objective') },
    { heading: t('risks.form.targetGroups.results'), options: of('result') },
    { heading: t('risks.form.targetGroups.projects'), options: of('project') },
  ].filter((g) => g.options.length > 0)
  return (
    <fieldset className="form-section risk-section">
      <legend className="risk-legend">{t('risks.form.sections.links')}</legend>
      <ChoiceField
        id={fieldId(form, 'scopeId')}
        label={t('risks.form.fields.scopeId')}
        groups={groups}
        value={draft.target}
        onChange={(target) => set({ target })}
        errors={[...errors('scopeType'), ...errors('scopeId')]}
        size="full"
        isRequired
      />
      <ChoiceField
        id={fieldId(form, 'frameworkItemId')}
        label={t('risks.form.fields.frameworkItemId')}
        description={t('risks.form.help.frameworkItem')}
        groups={[
          { options: [{ id: NONE, label: t('risks.form.none') }] },
          ...reference.frameworks
            .filter((f) => f.items.length > 0)
            .map((f) => ({
              heading: local(f.name),
              options: f.items.map((i) => ({
                id: String(i.id),
                label: `${i.code} — ${local(i.title)}`,
              })),
            })),
        ]}
        value={draft.frameworkItemId === null ? NONE : String(draft.frameworkItemId)}
        onChange={(v) => set({ frameworkItemId: v === NONE ? null : Number(v) })}
        errors={errors('frameworkItemId')}
        size="full"
      />
      <div className="field-row">
        <TextInput
          id={fieldId(form, 'owner')}
          label={t('risks.form.fields.owner')}
          value={draft.owner}
          onChange={(owner) => set({ owner })}
          errors={errors('owner')}
          isRequired
          maxLength={120}
          size="medium"
        />
        <DateField
          id={fieldId(form, 'raisedOn')}
          label={t('risks.form.fields.raisedOn')}
          value={draft.raisedOn}
          onChange={(raisedOn) => set({ raisedOn })}
          errors={errors('raisedOn')}
          isRequired
        />
        <SelectField
          id={fieldId(form, 'status')}
          label={t('risks.form.fields.status')}
          options={RISK_STATUSES.map((s) => ({ id: s, label: t(`risks.statuses.${s}`) }))}
          value={draft.status}
          onChange={(status) => set({ status })}
          errors={errors('status')}
          isRequired
        />
      </div>
    </fieldset>
  )
}

/** The integrity flag with its factor, and the record's sensitivity marking. */
export function RiskIntegrityFields({ draft, set, errors, reference, form }: SectionProps) {
  const { t, local } = useRiskText()
  return (
    <fieldset className="form-section risk-section">
      <legend className="risk-legend">{t('risks.form.sections.integrity')}</legend>
      <Checkbox
        id={fieldId(form, 'integrity')}
        className="checkbox"
        isSelected={draft.integrity}
        onChange={(integrity) => set({ integrity })}
      >
        <span className="checkbox-box" aria-hidden="true">
          <svg viewBox="0 0 18 18" className="checkbox-tick">
            <polyline points="3.5 9.5 7.5 13 14.5 5" />
          </svg>
        </span>
        {t('risks.form.fields.integrity')}
      </Checkbox>
      {draft.integrity ? (
        <ChoiceField
          id={fieldId(form, 'integrityFactorId')}
          label={t('risks.form.fields.integrityFactorId')}
          description={t('risks.form.help.integrityFactor')}
          groups={[
            {
              options: reference.integrityFactors.map((f) => ({
                id: String(f.id),
                label: `${f.code} — ${local(f.title)}`,
              })),
            },
          ]}
          value={draft.integrityFactorId === null ? '' : String(draft.integrityFactorId)}
          onChange={(v) => set({ integrityFactorId: Number(v) })}
          errors={errors('integrityFactorId')}
          placeholder={t('risks.form.chooseFactor')}
          isRequired
          size="full"
        />
      ) : null}
      <SelectField
        id={fieldId(form, 'sensitivity')}
        label={t('risks.form.fields.sensitivity')}
        description={t('risks.form.help.sensitivity')}
        options={reference.classifications.map((marking, i) => ({ id: i + 1, label: marking }))}
        value={draft.sensitivity}
        onChange={(sensitivity) => set({ sensitivity })}
        errors={errors('sensitivity')}
        isRequired
      />
    </fieldset>
  )
}
