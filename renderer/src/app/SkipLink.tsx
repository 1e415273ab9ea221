import { useTranslation } from 'react-i18next'

/** First stop for keyboard users. Moves focus itself: the address hash belongs to the router. */
export function SkipLink() {
  const { t } = useTranslation()
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault()
        document.querySelector<HTMLElement>('main h1')?.focus()
      }}
    >
      {t('app.skipToContent')}
    </a>
  )
}
