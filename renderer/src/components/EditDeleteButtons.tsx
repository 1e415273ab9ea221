import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'

interface EditDeleteButtonsProps {
  /** Names the row for screen readers, e.g. "Edit wave Baseline 2025". */
  editLabel: string
  onEdit(): void
  deleteLabel: string
  /** Left out when the row may not be deleted. */
  onDelete?(): void
}

/** The Edit and Delete buttons of a row, for the actions column of a `DataTable`. */
export function EditDeleteButtons({
  editLabel,
  onEdit,
  deleteLabel,
  onDelete,
}: EditDeleteButtonsProps) {
  const { t } = useTranslation()
  return (
    <>
      <Button
        className="button button-secondary button-small"
        aria-label={editLabel}
        onPress={onEdit}
      >
        {t('common.edit')}
      </Button>
      {onDelete ? (
        <Button
          className="button button-secondary button-small"
          aria-label={deleteLabel}
          onPress={onDelete}
        >
          {t('common.delete')}
        </Button>
      ) : null}
    </>
  )
}
