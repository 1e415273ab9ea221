import { useFocusAfterRender } from '../../lib/use-focus-after-render'

interface RowFocus {
  /** The id of the first field of the row at this index (focused once a row is added). */
  added(index: number): string
  /** The id of the Add button (focused once a row is removed). */
  addButton: string
}

/**
 * The rows of a repeatable part of a form (milestones, signatories, markings): adding one puts
 * the focus in its first field, removing one puts it on the Add button, never on the page top.
 */
export function useRowList<R extends { key: string }>(
  rows: R[],
  onChange: (rows: R[]) => void,
  focus: RowFocus,
) {
  const focusLater = useFocusAfterRender()
  return {
    add(row: R): void {
      onChange([...rows, row])
      focusLater(focus.added(rows.length))
    },
    remove(index: number): void {
      onChange(rows.filter((_, i) => i !== index))
      focusLater(focus.addButton)
    },
    /** Changes some fields of the row with this key. */
    edit(key: string, patch: Partial<R>): void {
      onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))
    },
    focusLater,
  }
}
