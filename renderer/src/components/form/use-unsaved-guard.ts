import { useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { markDirty, useUnsavedStore } from './unsaved-changes'

/**
 * Keeps typed changes from being thrown away unasked: closing the window or reloading asks the
 * browser's own question, a navigation link asks first, and Escape in a dialog warns once.
 * Returns whether this form has just been warned.
 */
export function useUnsavedGuard(dirty: boolean): boolean {
  const { t } = useTranslation()
  const form = useId()
  const warned = useUnsavedStore((s) => s.warned === form)

  useEffect(() => {
    markDirty(form, dirty)
    return () => markDirty(form, false)
  }, [form, dirty])

  useEffect(() => {
    if (!dirty) return
    const onUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]')
      if (!link || link.closest('form, [role="dialog"]')) return
      if (!window.confirm(t('common.discardQuestion'))) {
        event.preventDefault()
        event.stopPropagation()
      } else markDirty(form, false)
    }
    window.addEventListener('beforeunload', onUnload)
    document.addEventListener('click', onClick, true)
    return () => {
      window.removeEventListener('beforeunload', onUnload)
      document.removeEventListener('click', onClick, true)
    }
  }, [dirty, form, t])

  return warned
}
