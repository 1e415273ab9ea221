import type { Column } from './DataTable'
import { EditDeleteButtons } from './EditDeleteButtons'

interface RowActionsProps {
  /** Names the row for screen readers, e.g. "Edit objective SO1". */
  editLabel: string
  onEdit(): void
  deleteLabel: string
  onDelete(): void
}

/** The Edit and Delete buttons in the last cell of a plain table row. */
export function RowActions(props: RowActionsProps) {
  return (
    <td className="cell-actions">
      <EditDeleteButtons {...props} />
    </td>
  )
}

/** A `DataTable` column with every row's Edit and Delete buttons, named after the row. */
export function rowActionsColumn<T>(
  header: string,
  actions: {
    editLabel(row: T): string
    onEdit(row: T): void
    deleteLabel(row: T): string
    onDelete(row: T): void
  },
): Column<T> {
  return {
    id: 'actions',
    header,
    hideHeader: true,
    actions: true,
    cell: (row) => (
      <EditDeleteButtons
        editLabel={actions.editLabel(row)}
        onEdit={() => actions.onEdit(row)}
        deleteLabel={actions.deleteLabel(row)}
        onDelete={() => actions.onDelete(row)}
      />
    ),
  }
}
