import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { INDICATOR_DIRECTIONS, localise, type Indicator } from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { type LabelFor } from '../../lib/problems'
import { useIndicatorsStore } from '../../stores/indicators-store'
import {
  applyLibrary,
  draftOf,
  draftToInput,
  emptyDraft,
  INDICATOR_FORM,
  type IndicatorDraft,
} from './indicator-draft'
import { FREQUENCIES, indicatorProblemText, targetOptionLabel } from './indicator-format'
import { PlanFields } from './PlanFields'
import { FormFrame } from '../../components/form/FormFrame'
import { draftBinder } from '../../components/form/draft-binder'
import { problemWording, useFormSubmit } from '../../components/form/use-form-submit'

const FROM_SCRATCH = 'scratch'

interface IndicatorFormProps {
  /** The indicator being edited, or undefined for a new one. */
  indicator?: Indicator
  onSaved(message: string, id: number): void
  onCancel(): void
}

/** Creates an indicator (from the pack library or from scratch) or edits one; in a dialog. */
export function IndicatorForm({ indicator, onSaved, onCancel }: IndicatorFormProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const { targets, library, create, update } = useIndicatorsStore()
  const [draft, setDraft] = useState<IndicatorDraft>(() =>
    indicator ? draftOf(indicator) : emptyDraft(),
  )
  const set = (patch: Partial<IndicatorDraft>) => setDraft((d) => ({ ...d, ...patch }))

  const labelFor: LabelFor = (path) => {
    const leaf = path.startsWith('milestones.') ? path.split('.').at(-1)! : path
    const key = path.startsWith('milestones.')
      ? `indicators.form.milestone${leaf === 'date' ? 'Date' : 'Value'}`
      : `indicators.fields.${path}`
    const n = Number(path.split('.')[1]) + 1
    return i18n.exists(key) ? t(key, { n }) : undefined
  }
  const form = useFormSubmit(INDICATOR_FORM, {
    labelFor,
    ...problemWording(indicatorProblemText),
  })
  const bind = draftBinder(draft, set, form, (name) => t(`indicators.fields.${name}`))
  // A chosen library indicator that has since been archived still shows by its id.
  const chosen = library.find((l) => l.id === draft.libraryItemId)

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const result = await form.submit(draftToInput(draft, indicator), (input) =>
      indicator && input.id !== undefined && input.version !== undefined
        ? update({ ...input, id: input.id, version: input.version })
        : create(input),
    )
    if (result?.ok) {
      const key = indicator ? 'indicators.updated' : 'indicators.created'
      onSaved(t(key, { code: result.value.code }), result.value.id)
    }
  }

  return (
    <FormFrame
      className="dialog-form indicator-form"
      form={form}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {indicator ? (
        indicator.libraryCode ? (
          <p className="muted">{t('indicators.form.basedOn', { code: indicator.libraryCode })}</p>
        ) : null
      ) : (
        <SelectField
          id={form.id('libraryItemId')}
          label={t('indicators.fields.libraryItemId')}
          description={t('indicators.form.libraryHelp')}
          options={[
            { id: FROM_SCRATCH, label: t('indicators.form.fromScratch') },
            ...library.map((l) => ({
              id: String(l.id),
              label: `${l.code} – ${localise(l.name, lang)}`,
            })),
          ]}
          value={draft.libraryItemId === null ? FROM_SCRATCH : String(draft.libraryItemId)}
          onChange={(key) => {
            const item = library.find((l) => String(l.id) === key)
            setDraft((d) => (item ? applyLibrary(d, item, lang) : { ...d, libraryItemId: null }))
          }}
          errors={form.errors('libraryItemId')}
        />
      )}
      {chosen && !chosen.confirmed ? (
        <p className="notice notice-info">{t('indicators.form.unconfirmed')}</p>
      ) : null}
      <SelectField
        id={form.id('attachedTo')}
        label={t('indicators.fields.attachedTo')}
        description={t('indicators.form.attachHelp')}
        options={targets.map((target) => ({
          id: `${target.kind}:${target.id}`,
          label: targetOptionLabel(t, target),
        }))}
        value={draft.target || null}
        onChange={(target) => set({ target })}
        errors={form.errors('attachedTo')}
        isRequired
      />
      <div className="form-grid">
        <TextInput
          {...bind('code')}
          description={t('indicators.form.codeHelp')}
          isRequired
          maxLength={20}
          size="short"
        />
        <TextInput
          {...bind('unit')}
          description={t('indicators.form.unitHelp')}
          isRequired
          maxLength={40}
          size="short"
        />
      </div>
      <TextInput {...bind('name')} isRequired maxLength={200} />
      <TextInput
        {...bind('definition')}
        description={t('indicators.form.definitionHelp')}
        maxLength={4000}
        multiline
      />
      <div className="form-grid">
        <SelectField
          id={form.id('direction')}
          label={t('indicators.fields.direction')}
          options={INDICATOR_DIRECTIONS.map((d) => ({
            id: d,
            label: t(`indicators.directions.${d}`),
          }))}
          value={draft.direction}
          onChange={(direction) => set({ direction })}
          errors={form.errors('direction')}
          isRequired
        />
        <SelectField
          id={form.id('frequency')}
          label={t('indicators.fields.frequency')}
          options={FREQUENCIES.map((f) => ({ id: f, label: t(`indicators.frequencies.${f}`) }))}
          value={draft.frequency}
          onChange={(frequency) => set({ frequency })}
          errors={form.errors('frequency')}
          isRequired
        />
      </div>
      <TextInput {...bind('source')} maxLength={1000} />
      <TextInput {...bind('responsible')} maxLength={120} />
      <PlanFields draft={draft} onChange={set} errorsFor={form.errors} />
    </FormFrame>
  )
}
