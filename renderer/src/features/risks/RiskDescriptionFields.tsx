import { fieldId } from '../../lib/problems'
import { TextInput } from '../../components/TextInput'
import { categoryLabel, useRiskText } from './risk-text'
import { SelectField } from '../../components/SelectField'
import { CategoryField } from './RiskFields'
import type { SectionProps } from './risk-form-props'

const NONE = 'none'

/** Where the risk comes from (catalogue or own words), its title, category and cause → event → consequence. */
export function RiskDescriptionFields({
  draft,
  set,
  errors,
  reference,
  isNew,
  onTemplate,
  form,
  bind,
}: SectionProps) {
  const { t, local } = useRiskText()
  const template = reference.catalogue.find((c) => c.id === draft.catalogueItemId)
  const byCategory = new Map<string, typeof reference.catalogue>()
  for (const entry of reference.catalogue)
    byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry])
  return (
    <fieldset className="form-section risk-section">
      <legend className="risk-legend">{t('risks.form.sections.description')}</legend>
      {isNew ? (
        <>
          <SelectField
            id={fieldId(form, 'catalogueItemId')}
            popoverClassName="risk-popover"
            label={t('risks.form.fields.catalogueItemId')}
            description={t('risks.form.help.catalogue')}
            size="full"
            groups={[
              { options: [{ id: NONE, label: t('risks.form.catalogueNone') }] },
              ...[...byCategory.entries()].map(([category, entries]) => ({
                heading: categoryLabel(t, category),
                options: entries.map((e) => ({
                  id: String(e.id),
                  label: `${e.code} — ${local(e.title)}`,
                })),
              })),
            ]}
            value={draft.catalogueItemId === null ? NONE : String(draft.catalogueItemId)}
            onChange={(v) => onTemplate(v === NONE ? null : Number(v))}
            errors={errors('catalogueItemId')}
          />
          {template && !template.confirmed ? (
            <p className="unconfirmed-note">
              <strong>{t('risks.form.unconfirmed')}</strong> {local(template.note)}
            </p>
          ) : null}
        </>
      ) : null}
      <TextInput {...bind('title')} isRequired maxLength={200} />
      <CategoryField
        id={fieldId(form, 'category')}
        value={draft.category}
        onChange={(category) => set({ category })}
        errors={errors('category')}
      />
      <div className="cause-chain">
        <TextInput
          {...bind('cause')}
          description={t('risks.form.help.cause')}
          maxLength={2000}
          multiline
        />
        <TextInput
          {...bind('event')}
          description={t('risks.form.help.event')}
          maxLength={2000}
          multiline
        />
        <TextInput
          {...bind('consequence')}
          description={t('risks.form.help.consequence')}
          maxLength={2000}
          multiline
        />
      </div>
    </fieldset>
  )
}
