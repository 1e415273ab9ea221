import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { TextInput } from '../../components/TextInput'
import { RemoveRowButton } from '../../components/RowButtons'
import { useRowList } from '../../components/form/use-row-list'
import type { ReviewerRow } from '../../stores/documents-store'

/** The most reviewers the contract accepts. */
const MAX_REVIEWERS = 10
let nextKey = 0

/** People who reviewed the document, named in its control table: rows added and removed freely. */
export function ReviewersField({
  rows,
  onChange,
}: {
  rows: ReviewerRow[]
  onChange(rows: ReviewerRow[]): void
}) {
  const { t } = useTranslation()
  const list = useRowList(rows, onChange, {
    added: (i) => `doc-reviewer-${i}`,
    addButton: 'doc-reviewer-add',
  })

  return (
    <fieldset className="doc-reviewers" aria-describedby="doc-reviewers-help">
      <legend className="field-label">{t('documents.chooser.reviewers')}</legend>
      <p id="doc-reviewers-help" className="field-help">
        {t('documents.chooser.reviewersHelp', { max: MAX_REVIEWERS })}
      </p>
      {rows.length === 0 ? <p className="muted">{t('documents.chooser.noReviewers')}</p> : null}
      {rows.length > 0 ? (
        <ol className="doc-reviewer-list">
          {rows.map((row, i) => (
            <li key={row.key} className="doc-reviewer">
              <TextInput
                id={`doc-reviewer-${i}`}
                label={t('documents.chooser.reviewer', { n: i + 1 })}
                value={row.name}
                maxLength={120}
                size="medium"
                onChange={(name) => list.edit(row.key, { name })}
              />
              <RemoveRowButton
                label={t('documents.chooser.removeReviewer', { n: i + 1 })}
                onPress={() => list.remove(i)}
              />
            </li>
          ))}
        </ol>
      ) : null}
      <Button
        id="doc-reviewer-add"
        className="button button-secondary button-small"
        isDisabled={rows.length >= MAX_REVIEWERS}
        onPress={() => list.add({ key: `reviewer-${++nextKey}`, name: '' })}
      >
        {t('documents.chooser.addReviewer')}
      </Button>
    </fieldset>
  )
}
