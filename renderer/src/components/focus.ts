/**
 * After a dialog closes, focus returns to the control that opened it; when that control went
 * with the record (a deleted row), it would fall to the page body. This puts it on the view's
 * heading instead, so keyboard and screen-reader users stay where they were.
 */
export function focusSensiblePlace(): void {
  setTimeout(() => {
    const active = document.activeElement
    if (active && active !== document.body && document.contains(active)) return
    document.querySelector<HTMLElement>('#main h1')?.focus()
  }, 50)
}
