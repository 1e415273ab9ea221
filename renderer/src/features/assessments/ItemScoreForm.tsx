import { type FormEvent } from 'react'
import { Button, Checkbox } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AssessmentItemView, AssessmentScale } from '../../../../shared/contract'
import { ErrorSummary } from '../../components/ErrorSummary'
import { CheckMark } from '../../components/CheckboxField'
import { TextInput } from '../../components/TextInput'
import { fieldBinder } from '../../components/form/use-field-values'
import { useFormSubmit } from '../../components/form/use-form-submit'
import { useAssessmentsStore, type ScoreDraft } from '../../stores/assessments-store'
import { assessmentWording } from './labels'
import { LevelChoice } from './LevelChoice'

/** What the user typed for one item and has not saved yet. */
export type ItemDraft = ScoreDraft

/** The saved values of an item, as a draft to start editing from. */
export const draftOf = (i: AssessmentItemView): ItemDraft => ({
  currentLevel: i.currentLevel,
  targetLevel: i.targetLevel,
  notApplicable: i.notApplicable,
  evidence: i.evidence,
  currentState: i.currentState,
  desiredState: i.desiredState,
})

/** True when the draft differs from what is saved. */
export const isDirty = (i: AssessmentItemView, d: ItemDraft): boolean =>
  JSON.stringify(draftOf(i)) !== JSON.stringify(d)

const FORM = 'score'

interface ItemScoreFormProps {
  item: AssessmentItemView
  scale: AssessmentScale
  draft: ItemDraft
  onDraft(draft: ItemDraft): void
  /** Called after a save; `next` when the user asked to move on to the next item. */
  onSaved(message: string, next: boolean): void
  hasNext: boolean
}

/** Current and target level, applicability, evidence and findings of one item. */
export function ItemScoreForm({
  item,
  scale,
  draft,
  onDraft,
  onSaved,
  hasNext,
}: ItemScoreFormProps) {
  const { t } = useTranslation()
  const scoreItem = useAssessmentsStore((s) => s.scoreItem)
  const form = useFormSubmit(FORM, assessmentWording(t))
  const set = (patch: Partial<ItemDraft>) => onDraft({ ...draft, ...patch })
  const bind = fieldBinder(
    form,
    draft,
    (name, value) => set({ [name]: value }),
    (name) => t(`assessments.fields.${name}`),
  )

  async function save(next: boolean): Promise<void> {
    const result = await form.run(() => scoreItem({ id: item.id, version: item.version, ...draft }))
    if (result?.ok) onSaved(t('assessments.scoring.saved', { code: item.code }), next)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void save(false)
  }

  return (
    <form
      className="na-score-form"
      onSubmit={submit}
      noValidate
      aria-label={t('assessments.scoring.formLabel', { code: item.code })}
    >
      <ErrorSummary message={form.summary.message} items={form.summary.items} />
      <Checkbox
        className="checkbox na-not-applicable"
        isSelected={draft.notApplicable}
        onChange={(notApplicable) => set({ notApplicable })}
      >
        <CheckMark />
        {t('assessments.fields.notApplicable')}
      </Checkbox>
      <div className="na-level-columns">
        {(['currentLevel', 'targetLevel'] as const).map((name) => (
          <LevelChoice
            key={name}
            {...bind(name)}
            scale={scale}
            value={draft.notApplicable ? null : draft[name]}
            isDisabled={draft.notApplicable}
          />
        ))}
      </div>
      <TextInput
        {...bind('evidence')}
        description={t('assessments.scoring.evidenceHelp')}
        maxLength={8000}
        multiline
      />
      <div className="na-findings">
        <TextInput {...bind('currentState')} maxLength={8000} multiline />
        <TextInput {...bind('desiredState')} maxLength={8000} multiline />
      </div>
      <div className="na-form-actions">
        <Button type="submit" className="button button-primary" isDisabled={form.saving}>
          {t('assessments.scoring.save')}
        </Button>
        {hasNext ? (
          <Button
            className="button button-secondary"
            isDisabled={form.saving}
            onPress={() => void save(true)}
          >
            {t('assessments.scoring.saveNext')}
          </Button>
        ) : null}
        {form.saving ? (
          <span role="status" className="muted">
            {t('common.saving')}
          </span>
        ) : null}
      </div>
    </form>
  )
}
