import { useEffect, useRef } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'

/** One line of the summary: the sentence and the id of the field it concerns, if any. */
export interface SummaryItem {
  text: string
  fieldId?: string
}

function focusField(id: string): void {
  const target = document.getElementById(id)
  if (!target) return
  const focusable = target.matches('input, textarea, button, select')
    ? target
    : target.querySelector<HTMLElement>('input, textarea, button, select')
  focusable?.focus()
  focusable?.scrollIntoView({ block: 'center' })
}

/**
 * Lists every problem at the top of a form and takes focus when it appears, so a keyboard or
 * screen-reader user learns what is wrong; each line jumps to its field.
 */
export function ErrorSummary({ message, items }: { message?: string; items: SummaryItem[] }) {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  const visible = items.length > 0 || Boolean(message)
  const signature = `${message ?? ''}|${items.map((i) => i.text).join('|')}`

  useEffect(() => {
    if (visible) box.current?.focus()
  }, [visible, signature])

  if (!visible) return null
  return (
    <div
      ref={box}
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
    >
      <h2 id="error-summary-title" className="error-summary-title">
        {t('errors.summaryTitle')}
      </h2>
      {message ? <p>{message}</p> : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item, i) => (
            <li key={`${i}-${item.text}`}>
              {item.fieldId ? (
                <Button className="link-button" onPress={() => focusField(item.fieldId!)}>
                  {item.text}
                </Button>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
