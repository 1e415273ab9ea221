import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  INDICATOR_DIRECTIONS,
  localise,
  type AppError,
  type FieldProblem,
  type Indicator,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { TextInput } from '../../components/TextInput'
import { errorText, fieldId, type LabelFor } from '../../lib/problems'
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
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const set = (patch: Partial<IndicatorDraft>) => setDraft((d) => ({ ...d, ...patch }))

  const labelFor: LabelFor = (path) => {
    const leaf = path.startsWith('milestones.') ? path.split('.').at(-1)! : path
    const key = path.startsWith('milestones.')
      ? `indicators.form.milestone${leaf === 'date' ? 'Date' : 'Value'}`
      : `indicators.fields.${path}`
    const n = Number(path.split('.')[1]) + 1
    return i18n.exists(key) ? t(key, { n }) : undefined
  }
  const say = (p: FieldProblem) => indicatorProblemText(t, p, labelFor)
  const errorsFor = (path: string) => problems.filter((p) => p.path === path).map(say)
  // A chosen library indicator that has since been archived still shows by its id.
  const chosen = library.find((l) => l.id === draft.libraryItemId)

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (saving) return
    setFailure(null)
    const checked = draftToInput(draft, indicator)
    if ('problems' in checked) {
      setProblems(checked.problems)
      return
    }
    setProblems([])
    setSaving(true)
    const { input } = checked
    const result =
      indicator && input.id !== undefined && input.version !== undefined
        ? await update({ ...input, id: input.id, version: input.version })
        : await create(input)
    setSaving(false)
    if (result.ok) {
      const key = indicator ? 'indicators.updated' : 'indicators.created'
      onSaved(t(key, { code: result.value.code }), result.value.id)
    } else if (result.error.details?.length) {
      setProblems(result.error.details)
    } else {
      setFailure(result.error)
    }
  }

  return (
    <FormFrame
      className="dialog-form indicator-form"
      summary={{
        message: failure ? errorText(t, failure) : undefined,
        items: problems.map((p) => ({
          text: say(p),
          fieldId: p.path ? fieldId(INDICATOR_FORM, p.path) : undefined,
        })),
      }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {indicator ? (
        indicator.libraryCode ? (
          <p className="muted">{t('indicators.form.basedOn', { code: indicator.libraryCode })}</p>
        ) : null
      ) : (
        <SelectField
          id={fieldId(INDICATOR_FORM, 'libraryItemId')}
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
          errors={errorsFor('libraryItemId')}
        />
      )}
      {chosen && !chosen.confirmed ? (
        <p className="notice notice-info">{t('indicators.form.unconfirmed')}</p>
      ) : null}
      <SelectField
        id={fieldId(INDICATOR_FORM, 'attachedTo')}
        label={t('indicators.fields.attachedTo')}
        description={t('indicators.form.attachHelp')}
        options={targets.map((target) => ({
          id: `${target.kind}:${target.id}`,
          label: targetOptionLabel(t, target),
        }))}
        value={draft.target || null}
        onChange={(target) => set({ target })}
        errors={errorsFor('attachedTo')}
        isRequired
      />
      <div className="form-grid">
        <TextInput
          id={fieldId(INDICATOR_FORM, 'code')}
          label={t('indicators.fields.code')}
          description={t('indicators.form.codeHelp')}
          value={draft.code}
          onChange={(code) => set({ code })}
          errors={errorsFor('code')}
          isRequired
          maxLength={20}
          size="short"
        />
        <TextInput
          id={fieldId(INDICATOR_FORM, 'unit')}
          label={t('indicators.fields.unit')}
          description={t('indicators.form.unitHelp')}
          value={draft.unit}
          onChange={(unit) => set({ unit })}
          errors={errorsFor('unit')}
          isRequired
          maxLength={40}
          size="short"
        />
      </div>
      <TextInput
        id={fieldId(INDICATOR_FORM, 'name')}
        label={t('indicators.fields.name')}
        value={draft.name}
        onChange={(name) => set({ name })}
        errors={errorsFor('name')}
        isRequired
        maxLength={200}
      />
      <TextInput
        id={fieldId(INDICATOR_FORM, 'definition')}
        label={t('indicators.fields.definition')}
        description={t('indicators.form.definitionHelp')}
        value={draft.definition}
        onChange={(definition) => set({ definition })}
        errors={errorsFor('definition')}
        maxLength={4000}
        multiline
      />
      <div className="form-grid">
        <SelectField
          id={fieldId(INDICATOR_FORM, 'direction')}
          label={t('indicators.fields.direction')}
          options={INDICATOR_DIRECTIONS.map((d) => ({
            id: d,
            label: t(`indicators.directions.${d}`),
          }))}
          value={draft.direction}
          onChange={(direction) => set({ direction })}
          errors={errorsFor('direction')}
          isRequired
        />
        <SelectField
          id={fieldId(INDICATOR_FORM, 'frequency')}
          label={t('indicators.fields.frequency')}
          options={FREQUENCIES.map((f) => ({ id: f, label: t(`indicators.frequencies.${f}`) }))}
          value={draft.frequency}
          onChange={(frequency) => set({ frequency })}
          errors={errorsFor('frequency')}
          isRequired
        />
      </div>
      <TextInput
        id={fieldId(INDICATOR_FORM, 'source')}
        label={t('indicators.fields.source')}
        value={draft.source}
        onChange={(source) => set({ source })}
        errors={errorsFor('source')}
        maxLength={1000}
      />
      <TextInput
        id={fieldId(INDICATOR_FORM, 'responsible')}
        label={t('indicators.fields.responsible')}
        value={draft.responsible}
        onChange={(responsible) => set({ responsible })}
        errors={errorsFor('responsible')}
        maxLength={120}
      />
      <PlanFields draft={draft} onChange={set} errorsFor={errorsFor} />
    </FormFrame>
  )
}
