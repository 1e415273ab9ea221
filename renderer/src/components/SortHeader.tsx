import type { Column } from '@tanstack/react-table'

/** A column header that sorts on a click or Enter: ascending, descending, then as loaded. */
export function SortHeader<T>({ column, label }: { column: Column<T>; label: string }) {
  const sorted = column.getIsSorted()
  return (
    <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
      {label}
      <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}</span>
    </button>
  )
}
