import { useCallback, useEffect, useRef } from 'react'

/**
 * Moves focus to an element that only exists after the next render (a row just added), or
 * away from a control that is about to disappear or be disabled (a row removed, a row moved to
 * the top). Keyboard users would otherwise be dropped at the top of the page.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null)
  useEffect(() => {
    const id = pending.current
    if (!id) return
    pending.current = null
    document.getElementById(id)?.focus()
  })
  return useCallback((id: string) => {
    pending.current = id
  }, [])
}
