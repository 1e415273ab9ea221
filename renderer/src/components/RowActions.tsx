import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'

interface RowActionsProps {
  /** Names the row for screen readers, e.g. "Edit objective SO1". */
  editLabel: string
  onEdit(): void
  deleteLabel: string
  onDelete(): void
}

/** The Edit and Delete buttons at the end of a table row. */
export function RowActions({ editLabel, onEdit, deleteLabel, onDelete }: RowActionsProps) {
  const { t } = useTranslation()
  return (
    <td className="cell-actions">
      <Button
        className="button button-secondary button-small"
        aria-label={editLabel}
        onPress={onEdit}
      >
        {t('common.edit')}
      </Button>
      <Button
        className="button button-secondary button-small"
        aria-label={deleteLabel}
        onPress={onDelete}
      >
        {t('common.delete')}
      </Button>
    </td>
  )
}
