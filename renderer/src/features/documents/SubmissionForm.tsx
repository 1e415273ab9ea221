import { useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { FieldProblem, Submission } from '../../../../shared/contract'
import { CheckboxGroupField } from '../../components/CheckboxGroupField'
import { ErrorSummary } from '../../components/ErrorSummary'
import { TextInput } from '../../components/TextInput'
import { errorsAt, summaryItems } from '../../lib/field-errors'
import { fieldId } from '../../lib/problems'
import { useDocumentsStore } from '../../stores/documents-store'
import { docErrorText } from './doc-format'
import { DecisionsEditor } from './DecisionsEditor'
import {
  ANNEXES,
  checkDraft,
  draftFrom,
  draftToInput,
  SUBMISSION_FORM,
  TEXT_LIMITS,
  toFormPaths,
  type SubmissionDraft,
  type TextField,
} from './submission-draft'

const SUMMARY: TextField[] = [
  'title',
  'reference',
  'addressee',
  'issue',
  'recommendation',
  'timing',
]
const ARGUMENT: TextField[] = ['background', 'options']
const IMPLICATIONS: TextField[] = [
  'implFinancial',
  'implLegal',
  'implStaffing',
  'implRisk',
  'implIntegrity',
]
// Short fields stay on one line; the rest are paragraphs.
const ONE_LINE = new Set<TextField>(['title', 'reference', 'addressee'])
const LONG = new Set<TextField>(['background', 'options'])
const HELP = new Set<TextField>([
  'reference',
  'addressee',
  'issue',
  'recommendation',
  'timing',
  'background',
  'options',
])

/** Every field of a ministerial submission, saved together. */
export function SubmissionForm({
  submission,
  onSaved,
  onCancel,
}: {
  submission?: Submission
  onSaved(message: string): void
  onCancel(): void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<SubmissionDraft>(() => draftFrom(submission))
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const labelFor = (path: string): string | undefined => {
    const m = /^decisions\.(\d+)$/.exec(path)
    if (m) return t('documents.form.decision', { n: Number(m[1]) + 1 })
    if (path === 'decisions' || path === 'annexes' || path in TEXT_LIMITS)
      return t(`documents.form.${path}`)
    return undefined
  }
  const errorsFor = (path: string) => errorsAt(t, problems, labelFor, path)
  const change = (patch: Partial<SubmissionDraft>) => setDraft((d) => ({ ...d, ...patch }))

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (saving) return
    setFailure(null)
    const found = checkDraft(draft, t)
    setProblems(found)
    if (found.length > 0) return
    setSaving(true)
    const r = await useDocumentsStore.getState().saveSubmission(draftToInput(draft, submission))
    setSaving(false)
    if (r.ok) {
      const key = submission ? 'documents.submissions.saved' : 'documents.submissions.created'
      onSaved(t(key, { title: r.value.title }))
    } else if (r.error.code === 'validation' && r.error.details?.length) {
      setProblems(toFormPaths(r.error.details, draft))
    } else {
      setFailure(docErrorText(t, r.error, { conflict: t('documents.submissions.conflict') }))
    }
  }

  const field = (f: TextField) => (
    <TextInput
      key={f}
      id={fieldId(SUBMISSION_FORM, f)}
      label={t(`documents.form.${f}`)}
      description={HELP.has(f) ? t(`documents.form.${f}Help`) : undefined}
      value={draft[f]}
      onChange={(value) => change({ [f]: value } as Partial<SubmissionDraft>)}
      errors={errorsFor(f)}
      isRequired={f === 'title'}
      maxLength={TEXT_LIMITS[f]}
      multiline={!ONE_LINE.has(f)}
      size={f === 'reference' ? 'medium' : 'full'}
      className={LONG.has(f) ? 'doc-field-long' : undefined}
    />
  )

  return (
    <form className="doc-submission-form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary
        message={failure ?? undefined}
        items={summaryItems(t, problems, labelFor, SUBMISSION_FORM)}
      />
      <section className="form-section" aria-labelledby="submission-summary">
        <h3 id="submission-summary">{t('documents.form.summary')}</h3>
        {SUMMARY.map(field)}
      </section>
      <section className="form-section" aria-labelledby="submission-argument">
        <h3 id="submission-argument">{t('documents.form.argument')}</h3>
        {ARGUMENT.map(field)}
      </section>
      <section className="form-section" aria-labelledby="submission-implications">
        <h3 id="submission-implications">{t('documents.form.implications')}</h3>
        <div className="doc-implications">{IMPLICATIONS.map(field)}</div>
      </section>
      <DecisionsEditor
        rows={draft.decisions}
        onChange={(decisions) => change({ decisions })}
        errorsFor={errorsFor}
      />
      <div className="form-section">
        <CheckboxGroupField
          id={fieldId(SUBMISSION_FORM, 'annexes')}
          label={t('documents.form.annexes')}
          description={t('documents.form.annexesHelp')}
          options={ANNEXES.map((a) => ({ id: a, label: t(`documents.form.annexNames.${a}`) }))}
          value={draft.annexes}
          onChange={(annexes) => change({ annexes })}
          errors={errorsFor('annexes')}
        />
      </div>
      <div className="form-buttons">
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {saving ? t('common.saving') : t('documents.form.save')}
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          {t('documents.form.cancel')}
        </Button>
      </div>
    </form>
  )
}
