interface TableHeadProps {
  /** The visible column headings, in order. */
  columns: string[]
  /** When given, a last column for row buttons, named for screen readers only. */
  actions?: string
}

/** The header row of a plain data table: one column heading per label, then the actions column. */
export function TableHead({ columns, actions }: TableHeadProps) {
  return (
    <thead>
      <tr>
        {columns.map((label, i) => (
          <th key={i} scope="col">
            {label}
          </th>
        ))}
        {actions === undefined ? null : (
          <th scope="col">
            <span className="visually-hidden">{actions}</span>
          </th>
        )}
      </tr>
    </thead>
  )
}
