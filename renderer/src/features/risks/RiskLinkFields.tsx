import { CheckboxField } from '../../components/CheckboxField'
import { RISK_STATUSES } from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { targetLabel, useRiskText } from './risk-text'
import type { SectionProps } from './risk-form-props'
import { DateField } from '../../components/DateField'

const NONE = 'none'

/** What the risk is linked to, who owns it, when it was raised and its status. */
export function RiskLinkFields({
  draft,
  set,
  errors,
  bind,
  reference,
  targets,
  form,
}: SectionProps) {
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
      <SelectField
        id={fieldId(form, 'scopeId')}
        popoverClassName="risk-popover"
        label={t('risks.form.fields.scopeId')}
        groups={groups}
        value={draft.target}
        onChange={(target) => set({ target })}
        errors={[...errors('scopeType'), ...errors('scopeId')]}
        size="full"
        isRequired
      />
      <SelectField
        id={fieldId(form, 'frameworkItemId')}
        popoverClassName="risk-popover"
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
        <TextInput {...bind('owner')} isRequired maxLength={120} size="medium" />
        <DateField {...bind('raisedOn')} isRequired />
        <SelectField
          {...bind('status')}
          options={RISK_STATUSES.map((s) => ({ id: s, label: t(`risks.statuses.${s}`) }))}
          isRequired
        />
      </div>
    </fieldset>
  )
}

/** The integrity flag with its factor, and the record's sensitivity marking. */
export function RiskIntegrityFields({ draft, set, errors, bind, reference, form }: SectionProps) {
  const { t, local } = useRiskText()
  return (
    <fieldset className="form-section risk-section">
      <legend className="risk-legend">{t('risks.form.sections.integrity')}</legend>
      <CheckboxField
        id={fieldId(form, 'integrity')}
        isSelected={draft.integrity}
        onChange={(integrity) => set({ integrity })}
      >
        {t('risks.form.fields.integrity')}
      </CheckboxField>
      {draft.integrity ? (
        <SelectField
          id={fieldId(form, 'integrityFactorId')}
          popoverClassName="risk-popover"
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
        {...bind('sensitivity')}
        description={t('risks.form.help.sensitivity')}
        options={reference.classifications.map((marking, i) => ({ id: i + 1, label: marking }))}
        isRequired
      />
    </fieldset>
  )
}
