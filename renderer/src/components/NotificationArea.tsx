import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { errorText } from '../lib/problems'
import { useNotificationsStore } from '../stores/notifications-store'
import { focusSensiblePlace } from './focus'
import '../styles/notifications.css'

/**
 * The one place a failed call is told about when no form or banner shows it: a polite live
 * region at the foot of the window, newest last, each notice kept until dismissed.
 */
export function NotificationArea() {
  const { t, i18n } = useTranslation()
  const notifications = useNotificationsStore((s) => s.notifications)
  const dismiss = useNotificationsStore((s) => s.dismiss)
  // Focus moves to the next notice's button, or back to the view when none is left.
  const close = (id: number, index: number) => {
    const buttons = [...document.querySelectorAll<HTMLElement>('.notification-area button')]
    dismiss(id)
    const next = buttons[index + 1] ?? buttons[index - 1]
    if (next) next.focus()
    else focusSensiblePlace()
  }
  return (
    <section className="notification-area" aria-label={t('faults.notifications.label')}>
      <ol aria-live="polite" aria-relevant="additions">
        {notifications.map((n, index) => {
          const sentence = errorText(t, n.error)
          // The service words its refusals in English: shown as well when that is the language.
          const detail =
            i18n.language.startsWith('en') && n.error.message !== sentence ? n.error.message : null
          return (
            <li key={n.id} className="notification" data-code={n.error.code}>
              <div>
                <p>{sentence}</p>
                {detail ? <p className="notification-detail">{detail}</p> : null}
              </div>
              <Button
                className="button button-secondary button-small"
                aria-label={t('faults.notifications.dismiss')}
                onPress={() => close(n.id, index)}
              >
                {t('faults.dismiss')}
              </Button>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
