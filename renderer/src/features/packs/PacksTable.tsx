import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { LIBRARY_ITEM_KINDS, type PackSummary } from '../../../../shared/contract'
import { DataTable, type Column } from '../../components/DataTable'
import { formatMomentDay, useLocalText } from './pack-format'
import { SignatureBadge } from './PackSignature'
import { formatDate } from '../../lib/format'

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
  const columns: Column<PackSummary>[] = [
    {
      id: 'pack',
      header: t('packs.columns.pack'),
      rowHeader: true,
      sortBy: (p) => tx(p.title),
      cell: (p) => (
        <>
          <Button
            className="link-button pack-select"
            aria-current={p.id === props.selectedId ? 'true' : undefined}
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
        </>
      ),
    },
    {
      id: 'publisher',
      header: t('packs.columns.publisher'),
      sortBy: (p) => tx(p.publisher),
      cell: (p) => (
        <>
          {tx(p.publisher)} <SignatureBadge signature={p.signature} />
        </>
      ),
    },
    {
      id: 'version',
      header: t('packs.columns.version'),
      className: 'cell-code',
      cell: (p) => p.version,
    },
    { id: 'items', header: t('packs.columns.items'), cell: (p) => <ItemCounts pack={p} /> },
    {
      id: 'dates',
      header: t('packs.columns.dates'),
      className: 'pack-dates',
      sortBy: (p) => p.issued,
      cell: (p) => (
        <>
          <span>{t('packs.issuedOn', { date: formatDate(p.issued, language) })}</span>
          <span>{t('packs.installedOn', { date: formatMomentDay(p.installedAt, language) })}</span>
          {p.updatedAt !== p.installedAt ? (
            <span>{t('packs.updatedOn', { date: formatMomentDay(p.updatedAt, language) })}</span>
          ) : null}
        </>
      ),
    },
    {
      id: 'conflicts',
      header: t('packs.columns.conflicts'),
      sortBy: (p) => p.openConflicts,
      cell: (p) =>
        p.openConflicts > 0 ? (
          <span className="badge badge-conflicts">
            {t('packs.conflictsCount', { count: p.openConflicts })}
          </span>
        ) : (
          <span className="muted">{t('packs.noConflicts')}</span>
        ),
    },
  ]
  return (
    <DataTable
      rows={props.packs}
      columns={columns}
      rowKey={(p) => p.id}
      rowData={(p) => ({ pack: p.urn, selected: p.id === props.selectedId ? 'true' : undefined })}
      caption={t('packs.caption')}
      className="packs-table"
      empty={<p className="empty">{t('packs.empty')}</p>}
    />
  )
}
