import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import type { LogframeRow } from './logframe-rows'
import { LogframeRowView, type RowAction } from './LogframeRowView'

/** Above this many rows only those near the screen are in the page. */
export const VIRTUAL_FROM = 150
const COLUMNS = 5

interface LogframeBodyProps {
  rows: LogframeRow[]
  collapsed: ReadonlySet<number>
  onAction(row: LogframeRow, action: RowAction): void
  /** The impact row, always first. */
  impact: React.ReactNode
}

/** All rows of an ordinary plan; a window onto the rows of a very large one. */
export function LogframeBody({ rows, collapsed, onAction, impact }: LogframeBodyProps) {
  if (rows.length <= VIRTUAL_FROM) {
    return (
      <tbody>
        {impact}
        {rows.map((row) => (
          <LogframeRowView
            key={row.key}
            row={row}
            collapsed={row.kind === 'objective' && collapsed.has(row.id)}
            onAction={onAction}
          />
        ))}
      </tbody>
    )
  }
  return <VirtualBody rows={rows} collapsed={collapsed} onAction={onAction} impact={impact} />
}

/**
 * Rows are measured as they appear (statements wrap to different heights); spacer rows above
 * and below keep the page as tall as the whole table, so the scroll bar tells the truth.
 */
function VirtualBody({ rows, collapsed, onAction, impact }: LogframeBodyProps) {
  const body = useRef<HTMLTableSectionElement>(null)
  const [margin, setMargin] = useState(0)
  useLayoutEffect(() => {
    const el = body.current
    if (el) setMargin(el.getBoundingClientRect().top + window.scrollY)
  }, [])
  const virtual = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 64,
    overscan: 12,
    scrollMargin: margin,
  })
  const items = virtual.getVirtualItems()
  const top = (items[0]?.start ?? margin) - margin
  const bottom = virtual.getTotalSize() - ((items.at(-1)?.end ?? margin) - margin)
  return (
    <tbody ref={body}>
      {impact}
      {top > 0 ? (
        <tr aria-hidden="true">
          <td colSpan={COLUMNS} style={{ blockSize: top, padding: 0 }} />
        </tr>
      ) : null}
      {items.map((item) => {
        const row = rows[item.index]!
        return (
          <LogframeRowView
            key={row.key}
            row={row}
            index={item.index}
            measure={virtual.measureElement}
            collapsed={row.kind === 'objective' && collapsed.has(row.id)}
            onAction={onAction}
          />
        )
      })}
      {bottom > 0 ? (
        <tr aria-hidden="true">
          <td colSpan={COLUMNS} style={{ blockSize: bottom, padding: 0 }} />
        </tr>
      ) : null}
    </tbody>
  )
}
