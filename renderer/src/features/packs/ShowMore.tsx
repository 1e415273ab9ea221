import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { PAGE_SIZE } from './pack-format'

/** The first rows of a long list, growing a page at a time, so the DOM stays light. */
export function usePaged<T>(items: readonly T[], size = PAGE_SIZE) {
  const [limit, setLimit] = useState(size)
  return {
    visible: items.slice(0, limit),
    total: items.length,
    showMore: () => setLimit((l) => l + size),
    size,
  }
}

/** "Show 100 more (100 of 5,000 shown)"; nothing when everything is shown. */
export function ShowMoreButton({
  shown,
  total,
  size = PAGE_SIZE,
  onPress,
}: {
  shown: number
  total: number
  size?: number
  onPress(): void
}) {
  const { t, i18n } = useTranslation()
  if (shown >= total) return null
  const n = (v: number) => new Intl.NumberFormat(i18n.language).format(v)
  return (
    <Button className="button button-secondary button-small show-more" onPress={onPress}>
      {t('packs.showMore', {
        count: Math.min(size, total - shown),
        shown: n(shown),
        total: n(total),
      })}
    </Button>
  )
}
