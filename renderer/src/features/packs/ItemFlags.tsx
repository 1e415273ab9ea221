import { Fragment } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { LibraryItem } from '../../../../shared/contract'
import { formatMomentDay, useLocalText } from './pack-format'

/** Badges that say where an item stands: unconfirmed, edited here, archived. */
export function ItemBadges({ item }: { item: LibraryItem }) {
  const { t } = useTranslation()
  return (
    <>
      {!item.confirmed ? (
        <span className="badge badge-unconfirmed">{t('packs.flags.unconfirmed')}</span>
      ) : null}
      {item.locallyEdited ? (
        <span className="badge badge-edited">{t('packs.flags.edited')}</span>
      ) : null}
      {item.archivedAt ? (
        <span className="badge badge-archived">{t('packs.flags.archived')}</span>
      ) : null}
    </>
  )
}

/** The unconfirmed note and the archiving reason, shown wherever the item appears. */
export function ItemNotes({ item }: { item: LibraryItem }) {
  const { t } = useTranslation()
  const { language, tx } = useLocalText()
  const note = tx(item.data.note)
  return (
    <>
      {!item.confirmed && note ? (
        <p className="item-note">{t('packs.flags.unconfirmedNote', { note })}</p>
      ) : null}
      {item.archivedAt ? (
        <p className="item-note item-note-archived">
          {item.archivedReason
            ? t('packs.flags.archivedNote', {
                date: formatMomentDay(item.archivedAt, language),
                reason: item.archivedReason,
              })
            : t('packs.flags.archivedNoReason', {
                date: formatMomentDay(item.archivedAt, language),
              })}
        </p>
      ) : null}
    </>
  )
}

/** "Edit" for one item's texts; archived items cannot be edited, so they get none. */
export function EditTextButton({
  item,
  onEdit,
}: {
  item: LibraryItem
  onEdit(item: LibraryItem): void
}) {
  const { t } = useTranslation()
  if (item.archivedAt) return null
  return (
    <Button
      className="button button-secondary button-small"
      aria-label={t('packs.edit.actionFor', { code: item.code })}
      onPress={() => onEdit(item)}
    >
      {t('packs.edit.action')}
    </Button>
  )
}

/** A code such as `CAP.INTEG.COMPLAINTS` that may wrap after its dots, dashes and underscores. */
export function BreakableCode({ code }: { code: string }) {
  return (
    <>
      {code.split(/(?<=[._-])/).map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  )
}
