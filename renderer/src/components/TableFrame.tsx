import type { ReactNode } from 'react'
import { TableHead } from './TableHead'

interface TableFrameProps {
  /** Read by screen readers only. */
  caption: string
  /** Classes besides `data-table`. */
  className?: string
  testId?: string
  /** The visible column headings, in order. */
  columns: string[]
  /** When given, a last column for row buttons, named for screen readers only. */
  actions?: string
  /** The rows. */
  children: ReactNode
}

/**
 * A plain data table whose rows the caller draws (group rows, rows with details under them):
 * the scrolling wrapper, the hidden caption and the header row. Lists of like rows use DataTable.
 */
export function TableFrame({
  caption,
  className,
  testId,
  columns,
  actions,
  children,
}: TableFrameProps) {
  return (
    <div className="table-wrap">
      <table className={className ? `data-table ${className}` : 'data-table'} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <TableHead columns={columns} actions={actions} />
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
