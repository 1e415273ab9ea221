import { fieldId } from '../../lib/problems'
import { TextInput } from '../../components/TextInput'
import { categoryLabel, useRiskText } from './risk-text'
import { CategoryField, ChoiceField } from './RiskFields'
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
          <ChoiceField
            id={fieldId(form, 'catalogueItemId')}
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
      <TextInput
        id={fieldId(form, 'title')}
        label={t('risks.form.fields.title')}
        value={draft.title}
        onChange={(title) => set({ title })}
        errors={errors('title')}
        isRequired
        maxLength={200}
      />
      <CategoryField
        id={fieldId(form, 'category')}
        value={draft.category}
        onChange={(category) => set({ category })}
        errors={errors('category')}
      />
      <div className="cause-chain">
        <TextInput
          id={fieldId(form, 'cause')}
          label={t('risks.form.fields.cause')}
          description={t('risks.form.help.cause')}
          value={draft.cause}
          onChange={(cause) => set({ cause })}
          errors={errors('cause')}
          maxLength={2000}
          multiline
        />
        <TextInput
          id={fieldId(form, 'event')}
          label={t('risks.form.fields.event')}
          description={t('risks.form.help.event')}
          value={draft.event}
          onChange={(event) => set({ event })}
          errors={errors('event')}
          maxLength={2000}
          multiline
        />
        <TextInput
          id={fieldId(form, 'consequence')}
          label={t('risks.form.fields.consequence')}
          description={t('risks.form.help.consequence')}
          value={draft.consequence}
          onChange={(consequence) => set({ consequence })}
          errors={errors('consequence')}
          maxLength={2000}
          multiline
        />
      </div>
    </fieldset>
  )
}
