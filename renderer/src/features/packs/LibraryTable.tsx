import { useTranslation } from 'react-i18next'
import type { LibraryItem } from '../../../../shared/contract'
import { DataTable, type Column } from '../../components/DataTable'
import { BreakableCode, EditTextButton } from './ItemFlags'

interface LibraryTableProps {
  items: LibraryItem[]
  onEdit(item: LibraryItem): void
  caption: string
  codeHeader: string
  /** The code names the row, when no title column does. */
  codeNamesRow?: boolean
  /** The columns between the code and the Edit button. */
  columns: Column<LibraryItem>[]
  estimateRowHeight?: number
}

/**
 * A table of library items: the code first (sorted and filtered by it), the item's own columns,
 * then its Edit button; a filter from 20 items, and only the rows in view for long libraries.
 */
export function LibraryTable(props: LibraryTableProps) {
  const { t } = useTranslation()
  const columns: Column<LibraryItem>[] = [
    {
      id: 'code',
      header: props.codeHeader,
      rowHeader: props.codeNamesRow,
      className: 'cell-code',
      cell: (item) => <BreakableCode code={item.code} />,
      sortBy: (item) => item.code,
      filterText: (item) => item.code,
    },
    ...props.columns,
    {
      id: 'actions',
      header: t('packs.actionsColumn'),
      hideHeader: true,
      actions: true,
      cell: (item) => <EditTextButton item={item} onEdit={props.onEdit} />,
    },
  ]
  return (
    <DataTable
      rows={props.items}
      columns={columns}
      rowKey={(item) => item.id}
      rowData={(item) => ({ code: item.code })}
      caption={props.caption}
      className="compact-table"
      filterable={props.items.length > 20}
      estimateRowHeight={props.estimateRowHeight}
    />
  )
}

/** A column showing a coded field in words (`<prefix>.<code>`), or the code when unknown. */
export function useCodedColumn() {
  const { t } = useTranslation()
  return (id: string, header: string, prefix: string, className?: string) =>
    ({
      id,
      header,
      className,
      cell: (item) => {
        const code = String(item.data[id])
        return t(`${prefix}.${code}`, { defaultValue: code })
      },
    }) satisfies Column<LibraryItem>
}
