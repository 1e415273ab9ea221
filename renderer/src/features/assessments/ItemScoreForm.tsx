import { useState, type FormEvent } from 'react'
import { Button, Checkbox } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type {
  AppError,
  AssessmentItemView,
  AssessmentScale,
  FieldProblem,
} from '../../../../shared/contract'
import { ErrorSummary } from '../../components/ErrorSummary'
import { TextInput } from '../../components/TextInput'
import { errorText } from '../../lib/problems'
import { useAssessmentsStore, type ScoreDraft } from '../../stores/assessments-store'
import { assessmentErrorsAt, assessmentLabelFor, assessmentSummaryItems } from './labels'
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
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const labelFor = assessmentLabelFor(t)
  const set = (patch: Partial<ItemDraft>) => onDraft({ ...draft, ...patch })
  const errors = (path: string) => assessmentErrorsAt(t, problems, labelFor, path)

  async function save(next: boolean): Promise<void> {
    if (saving) return
    setSaving(true)
    setFailure(null)
    const result = await scoreItem({ id: item.id, version: item.version, ...draft })
    setSaving(false)
    if (result.ok) {
      setProblems([])
      onSaved(t('assessments.scoring.saved', { code: item.code }), next)
    } else if (result.error.details?.length) {
      setProblems(result.error.details)
    } else {
      setFailure(result.error)
    }
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
      <ErrorSummary
        message={failure ? errorText(t, failure) : undefined}
        items={assessmentSummaryItems(t, problems, labelFor, FORM)}
      />
      <Checkbox
        className="checkbox na-not-applicable"
        isSelected={draft.notApplicable}
        onChange={(notApplicable) => set({ notApplicable })}
      >
        <span className="checkbox-box" aria-hidden="true">
          <svg viewBox="0 0 18 18" className="checkbox-tick">
            <polyline points="3.5 9.5 7.5 13 14.5 5" />
          </svg>
        </span>
        {t('assessments.fields.notApplicable')}
      </Checkbox>
      <div className="na-level-columns">
        <LevelChoice
          id={`${FORM}-currentLevel`}
          label={t('assessments.fields.currentLevel')}
          scale={scale}
          value={draft.notApplicable ? null : draft.currentLevel}
          onChange={(currentLevel) => set({ currentLevel })}
          isDisabled={draft.notApplicable}
          errors={errors('currentLevel')}
        />
        <LevelChoice
          id={`${FORM}-targetLevel`}
          label={t('assessments.fields.targetLevel')}
          scale={scale}
          value={draft.notApplicable ? null : draft.targetLevel}
          onChange={(targetLevel) => set({ targetLevel })}
          isDisabled={draft.notApplicable}
          errors={errors('targetLevel')}
        />
      </div>
      <TextInput
        id={`${FORM}-evidence`}
        label={t('assessments.fields.evidence')}
        description={t('assessments.scoring.evidenceHelp')}
        value={draft.evidence}
        onChange={(evidence) => set({ evidence })}
        errors={errors('evidence')}
        maxLength={8000}
        multiline
      />
      <div className="na-findings">
        <TextInput
          id={`${FORM}-currentState`}
          label={t('assessments.fields.currentState')}
          value={draft.currentState}
          onChange={(currentState) => set({ currentState })}
          errors={errors('currentState')}
          maxLength={8000}
          multiline
        />
        <TextInput
          id={`${FORM}-desiredState`}
          label={t('assessments.fields.desiredState')}
          value={draft.desiredState}
          onChange={(desiredState) => set({ desiredState })}
          errors={errors('desiredState')}
          maxLength={8000}
          multiline
        />
      </div>
      <div className="na-form-actions">
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {t('assessments.scoring.save')}
        </Button>
        {hasNext ? (
          <Button
            className="button button-secondary"
            isDisabled={saving}
            onPress={() => void save(true)}
          >
            {t('assessments.scoring.saveNext')}
          </Button>
        ) : null}
        {saving ? (
          <span role="status" className="muted">
            {t('common.saving')}
          </span>
        ) : null}
      </div>
    </form>
  )
}
