import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../shared/contract'
import { errorText } from '../lib/problems'

/** An error explained in words, with an optional way to try again. */
export function ErrorNotice({ error, onRetry }: { error: AppError | null; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="notice notice-error" role="alert">
      <p>{error ? errorText(t, error) : t('errors.loadFailed')}</p>
      {onRetry ? (
        <Button className="button button-secondary" onPress={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  )
}

/** A polite confirmation such as "Settings saved." (announced by screen readers). */
export function StatusNotice({ message }: { message: string | null }) {
  return (
    <div role="status" className={message ? 'notice notice-success' : 'visually-hidden'}>
      {message}
    </div>
  )
}
