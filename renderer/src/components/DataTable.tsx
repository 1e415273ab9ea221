import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
  type SortingState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import '../styles/kit.css'
import { SortHeader } from './SortHeader'
import { TableFilter } from './TableFilter'

/** One column: its header, its cell, and optionally how it sorts and what the filter reads. */
export interface Column<T> {
  id: string
  header: string
  /** The header is read by screen readers only (e.g. the actions column). */
  hideHeader?: boolean
  cell(row: T): ReactNode
  /** A value to sort by; a column without one does not sort. */
  sortBy?(row: T): string | number
  /** Text the filter searches in this column. */
  filterText?(row: T): string
  /** The cell names the row (`<th scope="row">`). */
  rowHeader?: boolean
  className?: string
  /** Buttons of the row: the column sticks to the inline end so it stays visible at 1024 px. */
  actions?: boolean
}

interface DataTableProps<T> {
  rows: readonly T[]
  columns: Column<T>[]
  rowKey(row: T): string | number
  caption: string
  className?: string
  /** data-* attributes of a row, for tests and styles. */
  rowData?(row: T): Record<string, string | number | undefined>
  /** A class of a row that stands out (the newest, the chosen one). */
  rowClassName?(row: T): string | undefined
  /** Shown instead of the table when there are no rows at all. */
  empty?: ReactNode
  loading?: boolean
  /** Offers a filter box above the table. */
  filterable?: boolean
  /** From this many rows on, only the rows in view are in the page. */
  virtualizeFrom?: number
  estimateRowHeight?: number
}

/**
 * The table of every list: sortable headers, an optional filter, empty and loading states,
 * arrow-key moves between rows, an actions column that stays in view, and, for long lists, only
 * the rows in view rendered (aria-rowcount and aria-rowindex keep the whole list's positions).
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation()
  const [sorting, setSorting] = useState<SortingState>([])
  const [filter, setFilter] = useState('')
  const scroller = useRef<HTMLDivElement>(null)
  const { columns } = props
  const defs = useMemo<ColumnDef<T>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        accessorFn: (row: T) => c.sortBy?.(row) ?? c.filterText?.(row) ?? '',
        enableSorting: Boolean(c.sortBy),
        enableGlobalFilter: Boolean(c.filterText),
      })),
    [columns],
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- the table is meant to be used this way
  const table = useReactTable<T>({
    data: props.rows as T[],
    columns: defs,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: (row, columnId, value: string) => {
      const column = columns.find((c) => c.id === columnId)
      const text = column?.filterText?.(row.original) ?? ''
      return text.toLocaleLowerCase().includes(value.trim().toLocaleLowerCase())
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getRowId: (row) => String(props.rowKey(row)),
  })
  const rows = table.getRowModel().rows
  const virtual = rows.length >= (props.virtualizeFrom ?? 60)
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => props.estimateRowHeight ?? 64,
    overscan: 10,
  })

  if (props.loading) {
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    )
  }
  if (props.rows.length === 0 && props.empty) return <>{props.empty}</>

  const items = virtual ? virtualizer.getVirtualItems() : []
  const shown: { row: Row<T>; index: number }[] = virtual
    ? items.map((i) => ({ row: rows[i.index]!, index: i.index }))
    : rows.map((row, index) => ({ row, index }))
  const top = items[0]?.start ?? 0
  const bottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0

  function moveTo(index: number): void {
    const target = Math.max(0, Math.min(rows.length - 1, index))
    if (virtual) virtualizer.scrollToIndex(target)
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`)?.focus(),
    )
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>): void {
    const tr = (event.target as HTMLElement).closest('tr')
    const from = Number(tr?.dataset.index ?? -1)
    if (from < 0 || (event.target as HTMLElement).matches('input, textarea, select')) return
    const to = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: rows.length - 1 }[event.key]
    if (to === undefined) return
    event.preventDefault()
    moveTo(to)
  }

  return (
    <>
      {props.filterable ? <TableFilter value={filter} onChange={setFilter} /> : null}
      <div
        ref={scroller}
        className={virtual ? 'table-wrap kit-table-scroller' : 'table-wrap'}
        role={virtual ? 'region' : undefined}
        aria-label={virtual ? props.caption : undefined}
        tabIndex={virtual ? 0 : undefined}
      >
        <table
          className={`data-table kit-table ${props.className ?? ''}`}
          aria-rowcount={rows.length + 1}
        >
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  className={c.actions ? 'cell-actions' : undefined}
                  aria-sort={sortState(sorting, c.id)}
                >
                  {c.hideHeader ? (
                    <span className="visually-hidden">{c.header}</span>
                  ) : c.sortBy ? (
                    <SortHeader column={table.getColumn(c.id)!} label={c.header} />
                  ) : (
                    c.header
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {top > 0 ? <Spacer size={top} span={columns.length} /> : null}
            {shown.map(({ row, index }) => (
              <tr
                key={row.id}
                ref={virtual ? virtualizer.measureElement : undefined}
                data-index={index}
                aria-rowindex={index + 2}
                tabIndex={-1}
                className={props.rowClassName?.(row.original)}
                {...dataAttributes(props.rowData?.(row.original))}
              >
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.id} scope="row" className={c.className}>
                      {c.cell(row.original)}
                    </th>
                  ) : (
                    <td key={c.id} className={c.actions ? 'cell-actions' : c.className}>
                      {c.cell(row.original)}
                    </td>
                  ),
                )}
              </tr>
            ))}
            {bottom > 0 ? <Spacer size={bottom} span={columns.length} /> : null}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="empty">{t('common.noMatches')}</p> : null}
      </div>
    </>
  )
}

function Spacer({ size, span }: { size: number; span: number }) {
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={span} style={{ blockSize: size, padding: 0 }} />
    </tr>
  )
}

function sortState(sorting: SortingState, id: string): 'ascending' | 'descending' | undefined {
  const entry = sorting.find((s) => s.id === id)
  if (!entry) return undefined
  return entry.desc ? 'descending' : 'ascending'
}

function dataAttributes(
  data: Record<string, string | number | undefined> | undefined,
): Record<string, string | number | undefined> {
  if (!data) return {}
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]))
}
