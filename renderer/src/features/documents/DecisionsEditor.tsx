import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { FieldMessages } from '../../components/FieldMessages'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'
import { AddRowButton } from '../../components/RowButtons'
import { useRowList } from '../../components/form/use-row-list'
import { decisionKey, MAX_DECISIONS, SUBMISSION_FORM, type DecisionRow } from './submission-draft'

/** The decisions sought, as an ordered list: numbered in the document in this order. */
export function DecisionsEditor({
  rows,
  onChange,
  errorsFor,
}: {
  rows: DecisionRow[]
  onChange(rows: DecisionRow[]): void
  errorsFor(path: string): string[]
}) {
  const { t } = useTranslation()
  const inputId = (i: number) => fieldId(SUBMISSION_FORM, `decisions.${i}`)
  const list = useRowList(rows, onChange, { added: inputId, addButton: 'submission-add-decision' })
  const focusLater = list.focusLater

  function move(from: number, to: number): void {
    const next = [...rows]
    const [row] = next.splice(from, 1)
    next.splice(to, 0, row!)
    onChange(next)
    // The button pressed may vanish at the ends of the list; follow the row instead.
    focusLater(inputId(to))
  }

  return (
    <section className="form-section doc-decisions-editor" aria-labelledby="submission-decisions">
      <h3 id="submission-decisions">{t('documents.form.decisions')}</h3>
      <p id="submission-decisions-help" className="section-help">
        {t('documents.form.decisionsHelp', { max: MAX_DECISIONS })}
      </p>
      <div id={fieldId(SUBMISSION_FORM, 'decisions')} tabIndex={-1}>
        <FieldMessages messages={errorsFor('decisions')} />
      </div>
      <ol className="doc-decision-list">
        {rows.map((row, i) => (
          <li key={row.key} className="doc-decision-item">
            <TextInput
              id={inputId(i)}
              label={t('documents.form.decision', { n: i + 1 })}
              value={row.text}
              onChange={(text) => list.edit(row.key, { text })}
              errors={errorsFor(`decisions.${i}`)}
              maxLength={600}
            />
            <div className="row-actions">
              <Button
                className="button button-secondary button-small"
                aria-label={t('documents.form.moveUp', { n: i + 1 })}
                isDisabled={i === 0}
                onPress={() => move(i, i - 1)}
              >
                {t('common.up')}
              </Button>
              <Button
                className="button button-secondary button-small"
                aria-label={t('documents.form.moveDown', { n: i + 1 })}
                isDisabled={i === rows.length - 1}
                onPress={() => move(i, i + 1)}
              >
                {t('common.down')}
              </Button>
              <Button
                className="button button-secondary button-small"
                aria-label={t('documents.form.removeDecision', { n: i + 1 })}
                isDisabled={rows.length === 1}
                onPress={() => {
                  onChange(rows.filter((r) => r.key !== row.key))
                  focusLater(inputId(Math.max(0, i - 1)))
                }}
              >
                {t('common.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <AddRowButton
        id="submission-add-decision"
        isFull={rows.length >= MAX_DECISIONS}
        onPress={() => list.add({ key: decisionKey(), text: '' })}
      >
        {t('documents.form.addDecision')}
      </AddRowButton>
    </section>
  )
}
