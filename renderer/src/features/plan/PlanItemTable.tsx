import { useTranslation } from 'react-i18next'
import { DataTable, type Column } from '../../components/DataTable'
import { rowActionsColumn } from '../../components/RowActions'

/** What objectives and projects share: a code, a title, an owner and a status. */
interface PlanItem {
  id: number
  code: string
  title: string
  owner: string
  status: string
}

interface PlanItemTableProps<T extends PlanItem> {
  items: T[]
  /** The heading of a shared column. */
  header(column: 'code' | 'title' | 'owner' | 'status' | 'actions'): string
  statusLabel(status: T['status']): string
  /** Columns of this kind of item, between the status and the buttons. */
  more?: Column<T>[]
  caption: string
  /** Shown instead of the table when there are no items. */
  empty: string
  className: string
  rowData(item: T): Record<string, number>
  editLabel(item: T): string
  onEdit(item: T): void
  deleteLabel(item: T): string
  onDelete(item: T): void
}

/** The table of objectives or of projects: code, title, owner, status, …, Edit and Delete. */
export function PlanItemTable<T extends PlanItem>(props: PlanItemTableProps<T>) {
  const { t } = useTranslation()
  const columns: Column<T>[] = [
    { id: 'code', header: props.header('code'), className: 'cell-code', cell: (i) => i.code },
    {
      id: 'title',
      header: props.header('title'),
      rowHeader: true,
      className: 'cell-title',
      cell: (i) => i.title,
    },
    {
      id: 'owner',
      header: props.header('owner'),
      cell: (i) => i.owner || <span className="muted">{t('common.notSet')}</span>,
    },
    {
      id: 'status',
      header: props.header('status'),
      cell: (i) => <span className={`badge badge-${i.status}`}>{props.statusLabel(i.status)}</span>,
    },
    ...(props.more ?? []),
    rowActionsColumn(props.header('actions'), props),
  ]
  return (
    <DataTable
      rows={props.items}
      columns={columns}
      rowKey={(i) => i.id}
      rowData={props.rowData}
      caption={props.caption}
      className={props.className}
      empty={<p className="empty">{props.empty}</p>}
    />
  )
}
