import { useState, type FormEvent } from 'react'
import { Button, FieldError, Label, Radio, RadioGroup } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  DECISIONS,
  type Decision,
  type FieldProblem,
  type SnapshotSummary,
} from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { TextInput } from '../../components/TextInput'
import { DateField } from '../../components/DateField'
import { problemText } from '../../lib/problems'
import { useDocumentsStore } from '../../stores/documents-store'
import { docErrorText, localToday } from './doc-format'
import { DocError } from './DocError'
import { pendingDecisions } from './SnapshotCard'

interface Row {
  index: number
  decision: Decision | null
  decidedBy: string
  decidedOn: string
  comments: string
}

type RowErrors = Partial<Record<'decision' | 'decidedBy' | 'decidedOn' | 'comments', string[]>>

/** The decisions taken on a snapshot, one row per decision sought still open. */
export function RecordDecisionDialog({
  snapshot,
  onClose,
  onRecorded,
}: {
  snapshot: SnapshotSummary | null
  onClose(): void
  onRecorded(message: string): void
}) {
  const { t } = useTranslation()
  return (
    <ModalDialog
      title={snapshot ? t('documents.record.title', { reference: snapshot.reference }) : ''}
      isOpen={snapshot !== null}
      onClose={onClose}
      size="large"
    >
      {snapshot ? (
        <DecisionForm snapshot={snapshot} onClose={onClose} onRecorded={onRecorded} />
      ) : null}
    </ModalDialog>
  )
}

function DecisionForm({
  snapshot,
  onClose,
  onRecorded,
}: {
  snapshot: SnapshotSummary
  onClose(): void
  onRecorded(message: string): void
}) {
  const { t } = useTranslation()
  const [rows, setRows] = useState<Row[]>(() =>
    pendingDecisions(snapshot).map((index) => ({
      index,
      decision: null,
      decidedBy: '',
      decidedOn: localToday(),
      comments: '',
    })),
  )
  const [errors, setErrors] = useState<RowErrors[]>([])
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const edit = (i: number, patch: Partial<Row>) => {
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)))
    // A corrected field stops showing its old problem.
    setErrors((all) =>
      all.map((e, j) => {
        if (j !== i) return e
        const rest = { ...e }
        for (const key of Object.keys(patch)) delete rest[key as keyof RowErrors]
        return rest
      }),
    )
  }

  function check(): RowErrors[] {
    return rows.map((r) => ({
      ...(r.decision ? {} : { decision: [t('documents.record.missingDecision')] }),
      ...(r.decidedBy.trim() ? {} : { decidedBy: [t('documents.record.missingBy')] }),
      ...(r.decidedOn ? {} : { decidedOn: [t('documents.record.missingDate')] }),
    }))
  }

  // Server problems name `decisions.<position>.<field>`: put each under its own row.
  function fromServer(problems: FieldProblem[]): RowErrors[] {
    const found: RowErrors[] = rows.map(() => ({}))
    const label = (field: string) =>
      ({ decidedBy: t('documents.record.decidedBy'), decidedOn: t('documents.record.decidedOn') })[
        field
      ]
    for (const p of problems) {
      const m = /^decisions\.(\d+)\.(\w+)$/.exec(p.path)
      const row = m ? found[Number(m[1])] : undefined
      const field = m?.[2] as keyof RowErrors | undefined
      if (row && field) row[field] = [...(row[field] ?? []), problemText(t, p, () => label(field))]
      else setFailure(p.message)
    }
    return found
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (saving) return
    setFailure(null)
    const found = check()
    setErrors(found)
    if (found.some((e) => Object.keys(e).length > 0)) return
    setSaving(true)
    const r = await useDocumentsStore.getState().recordDecisions({
      snapshotId: snapshot.id,
      decisions: rows.map((row) => ({
        index: row.index,
        decision: row.decision!,
        decidedBy: row.decidedBy.trim(),
        decidedOn: row.decidedOn,
        comments: row.comments.trim(),
      })),
    })
    setSaving(false)
    if (r.ok) {
      const reference = snapshot.reference
      const recorded = t('documents.record.recorded', { count: rows.length, reference })
      const baseline = r.value.isBaseline && !snapshot.isBaseline
      onRecorded(
        baseline ? `${recorded} ${t('documents.record.baseline', { reference })}` : recorded,
      )
      return
    }
    if (r.error.code === 'validation' && r.error.details?.length) {
      setErrors(fromServer(r.error.details))
      return
    }
    setFailure(
      docErrorText(t, r.error, {
        conflict: t('documents.record.already', { reference: snapshot.reference }),
      }),
    )
  }

  return (
    <form className="doc-record-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="dialog-question">{t('documents.record.intro')}</p>
      <DocError message={failure} />
      {rows.map((row, i) => {
        const rowErrors = errors[i] ?? {}
        const id = `decision-${row.index}`
        return (
          <fieldset key={row.index} className="doc-decision-row">
            <legend>
              {row.index}. {snapshot.decisionsSought[row.index - 1]}
            </legend>
            <RadioGroup
              className="field radio-group"
              value={row.decision}
              onChange={(v) => edit(i, { decision: v as Decision })}
              isInvalid={Boolean(rowErrors.decision)}
              isRequired
              validationBehavior="aria"
              orientation="horizontal"
            >
              <Label className="field-label">{t('documents.record.decision')}</Label>
              <div className="radio-list">
                {DECISIONS.map((d) => (
                  <Radio key={d} value={d} className="radio">
                    <span className="radio-dot" aria-hidden="true" />
                    {t(`documents.decisions.${d}`)}
                  </Radio>
                ))}
              </div>
              <FieldError className="field-error">{rowErrors.decision?.join(' ')}</FieldError>
            </RadioGroup>
            <div className="doc-decision-fields">
              <TextInput
                id={`${id}-by`}
                label={t('documents.record.decidedBy')}
                description={t('documents.record.decidedByHelp')}
                value={row.decidedBy}
                onChange={(decidedBy) => edit(i, { decidedBy })}
                errors={rowErrors.decidedBy}
                isRequired
                maxLength={160}
                size="medium"
              />
              <DateField
                id={`${id}-on`}
                label={t('documents.record.decidedOn')}
                value={row.decidedOn}
                onChange={(decidedOn) => edit(i, { decidedOn })}
                errors={rowErrors.decidedOn}
                isRequired
              />
            </div>
            <TextInput
              id={`${id}-comments`}
              label={t('documents.record.comments')}
              value={row.comments}
              onChange={(comments) => edit(i, { comments })}
              errors={rowErrors.comments}
              multiline
              maxLength={4000}
            />
          </fieldset>
        )
      })}
      <div className="form-buttons">
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {saving ? t('documents.record.saving') : t('documents.record.save')}
        </Button>
        <Button className="button button-secondary" onPress={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}
