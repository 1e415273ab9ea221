import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { LIBRARY_ITEM_KINDS, type PackSummary } from '../../../../shared/contract'
import { formatDay, formatMomentDay, useLocalText } from './pack-format'
import { SignatureBadge } from './PackSignature'

function ItemCounts({ pack }: { pack: PackSummary }) {
  const { t } = useTranslation()
  const kinds = LIBRARY_ITEM_KINDS.filter((k) => (pack.itemCounts[k] ?? 0) > 0)
  const total = kinds.reduce((sum, k) => sum + (pack.itemCounts[k] ?? 0), 0)
  return (
    <>
      <span className="pack-total">{t('packs.itemsTotal', { count: total })}</span>
      <ul className="kind-counts">
        {kinds.map((k) => (
          <li key={k}>{t(`packs.kindCounts.${k}`, { count: pack.itemCounts[k] })}</li>
        ))}
        {pack.unconfirmedCount > 0 ? (
          <li>{t('packs.unconfirmedCount', { count: pack.unconfirmedCount })}</li>
        ) : null}
        {pack.archivedCount > 0 ? (
          <li>{t('packs.archivedCount', { count: pack.archivedCount })}</li>
        ) : null}
      </ul>
    </>
  )
}

/** Installed packs; pressing a title shows that pack's contents below. */
export function PacksTable(props: {
  packs: PackSummary[]
  selectedId: number | null
  onSelect(pack: PackSummary): void
}) {
  const { t } = useTranslation()
  const { language, tx } = useLocalText()
  if (props.packs.length === 0) return <p className="empty">{t('packs.empty')}</p>
  return (
    <div className="table-wrap">
      <table className="data-table packs-table">
        <caption className="visually-hidden">{t('packs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('packs.columns.pack')}</th>
            <th scope="col">{t('packs.columns.publisher')}</th>
            <th scope="col">{t('packs.columns.version')}</th>
            <th scope="col">{t('packs.columns.items')}</th>
            <th scope="col">{t('packs.columns.dates')}</th>
            <th scope="col">{t('packs.columns.conflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {props.packs.map((p) => {
            const selected = p.id === props.selectedId
            return (
              <tr key={p.id} data-pack={p.urn} data-selected={selected || undefined}>
                <th scope="row">
                  <Button
                    className="link-button pack-select"
                    aria-current={selected ? 'true' : undefined}
                    onPress={() => props.onSelect(p)}
                  >
                    {tx(p.title)}
                  </Button>
                  {p.builtin ? (
                    <>
                      {' '}
                      <span className="badge badge-builtin">{t('packs.builtin')}</span>
                    </>
                  ) : null}
                </th>
                <td>
                  {tx(p.publisher)} <SignatureBadge signature={p.signature} />
                </td>
                <td className="cell-code">{p.version}</td>
                <td>
                  <ItemCounts pack={p} />
                </td>
                <td className="pack-dates">
                  <span>{t('packs.issuedOn', { date: formatDay(p.issued, language) })}</span>
                  <span>
                    {t('packs.installedOn', { date: formatMomentDay(p.installedAt, language) })}
                  </span>
                  {p.updatedAt !== p.installedAt ? (
                    <span>
                      {t('packs.updatedOn', { date: formatMomentDay(p.updatedAt, language) })}
                    </span>
                  ) : null}
                </td>
                <td>
                  {p.openConflicts > 0 ? (
                    <span className="badge badge-conflicts">
                      {t('packs.conflictsCount', { count: p.openConflicts })}
                    </span>
                  ) : (
                    <span className="muted">{t('packs.noConflicts')}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
