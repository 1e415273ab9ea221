import { create } from 'zustand'

interface UnsavedState {
  /** Forms on screen holding typed changes, by form id. */
  dirty: ReadonlySet<string>
  /** The form that has just been warned (by Escape); a second Escape discards. */
  warned: string | null
}

/** Which forms hold changes that are not saved yet; one record for the whole window. */
export const useUnsavedStore = create<UnsavedState>()(() => ({ dirty: new Set(), warned: null }))

export function markDirty(form: string, dirty: boolean): void {
  const current = useUnsavedStore.getState()
  if (current.dirty.has(form) === dirty) return
  const next = new Set(current.dirty)
  if (dirty) next.add(form)
  else next.delete(form)
  useUnsavedStore.setState({ dirty: next, warned: dirty ? current.warned : null })
}

export const hasUnsavedChanges = (): boolean => useUnsavedStore.getState().dirty.size > 0

/**
 * Asked before a dialog is dismissed by Escape: true when nothing typed would be lost, or when
 * the user was already warned once; otherwise the form shows its warning and stays open.
 */
export function mayDismiss(): boolean {
  const { dirty, warned } = useUnsavedStore.getState()
  if (dirty.size === 0) return true
  const form = [...dirty].at(-1)!
  if (warned === form) {
    useUnsavedStore.setState({ warned: null })
    return true
  }
  useUnsavedStore.setState({ warned: form })
  return false
}
