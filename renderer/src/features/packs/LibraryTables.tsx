import { useTranslation } from 'react-i18next'
import type { LibraryItem } from '../../../../shared/contract'
import { DataTable, type Column } from '../../components/DataTable'
import { BreakableCode, EditTextButton, ItemBadges, ItemNotes } from './ItemFlags'
import { useLocalText } from './pack-format'
import { TableHead } from '../../components/TableHead'

type OnEdit = (item: LibraryItem) => void

interface Level {
  level: number
  name: unknown
  descriptor?: unknown
}

const levelsOf = (value: unknown): Level[] => (Array.isArray(value) ? (value as Level[]) : [])

/** Each maturity scale with its levels. */
export function ScaleList({ scales, onEdit }: { scales: LibraryItem[]; onEdit: OnEdit }) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  return (
    <div className="scale-list">
      {scales.map((scale) => {
        const name = tx(scale.data.name)
        const description = tx(scale.data.description)
        return (
          <div key={scale.id} className="library-block" data-code={scale.code}>
            <div className="library-block-head">
              <h4>
                <code className="tree-code">{scale.code}</code> {name}
              </h4>
              <span className="item-flags">
                {scale.data.appDefault ? (
                  <span className="badge badge-kind">{t('packs.flags.appDefault')}</span>
                ) : null}
                <ItemBadges item={scale} />
                <EditTextButton item={scale} onEdit={onEdit} />
              </span>
            </div>
            <ItemNotes item={scale} />
            {description ? <p>{description}</p> : null}
            <div className="table-wrap">
              <table className="data-table compact-table">
                <caption className="visually-hidden">{t('packs.scales.caption', { name })}</caption>
                <TableHead
                  columns={[
                    t('packs.scales.level'),
                    t('packs.scales.name'),
                    t('packs.scales.descriptor'),
                  ]}
                />
                <tbody>
                  {levelsOf(scale.data.levels).map((l) => (
                    <tr key={l.level}>
                      <td className="cell-code">{l.level}</td>
                      <th scope="row">{tx(l.name)}</th>
                      <td>{tx(l.descriptor)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )
      })}
    </div>
  )
}

interface Link {
  framework: string
  item: string
}

/** The indicator library as a table; long libraries render only the rows in view. */
export function IndicatorTable({ items, onEdit }: { items: LibraryItem[]; onEdit: OnEdit }) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const columns: Column<LibraryItem>[] = [
    {
      id: 'code',
      header: t('packs.indicators.code'),
      className: 'cell-code',
      cell: (ind) => <BreakableCode code={ind.code} />,
      sortBy: (ind) => ind.code,
      filterText: (ind) => ind.code,
    },
    {
      id: 'name',
      header: t('packs.indicators.name'),
      rowHeader: true,
      className: 'col-main',
      filterText: (ind) => `${tx(ind.data.name)} ${tx(ind.data.definition)}`,
      sortBy: (ind) => tx(ind.data.name),
      cell: (ind) => {
        const links = Array.isArray(ind.data.links) ? (ind.data.links as Link[]) : []
        const source = tx(ind.data.source)
        return (
          <>
            <span className="cell-title">{tx(ind.data.name)}</span>{' '}
            <span className="item-flags">
              <ItemBadges item={ind} />
            </span>
            <span className="cell-detail">{tx(ind.data.definition)}</span>
            {source ? (
              <span className="cell-detail">
                {t('packs.indicators.source')}: {source}
              </span>
            ) : null}
            {links.length > 0 ? (
              <span className="cell-detail">
                {t('packs.indicators.links', {
                  items: links.map((l) => `${l.framework} ${l.item}`).join(', '),
                })}
              </span>
            ) : null}
            <ItemNotes item={ind} />
          </>
        )
      },
    },
    { id: 'unit', header: t('packs.indicators.unit'), cell: (ind) => tx(ind.data.unit) },
    {
      id: 'direction',
      header: t('packs.indicators.direction'),
      cell: (ind) =>
        t(`packs.indicators.directions.${String(ind.data.direction)}`, {
          defaultValue: String(ind.data.direction),
        }),
    },
    {
      id: 'frequency',
      header: t('packs.indicators.frequency'),
      cell: (ind) =>
        t(`packs.indicators.frequencies.${String(ind.data.frequency)}`, {
          defaultValue: String(ind.data.frequency),
        }),
    },
    {
      id: 'actions',
      header: t('packs.actionsColumn'),
      hideHeader: true,
      actions: true,
      cell: (ind) => <EditTextButton item={ind} onEdit={onEdit} />,
    },
  ]
  return (
    <DataTable
      rows={items}
      columns={columns}
      rowKey={(ind) => ind.id}
      rowData={(ind) => ({ code: ind.code })}
      caption={t('packs.indicators.caption')}
      className="compact-table"
      filterable={items.length > 20}
      estimateRowHeight={96}
    />
  )
}

/** Headings, standard wording and signatory titles used by Word exports. */
export function DocumentTextTable({ items, onEdit }: { items: LibraryItem[]; onEdit: OnEdit }) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const columns: Column<LibraryItem>[] = [
    {
      id: 'code',
      header: t('packs.texts.code'),
      rowHeader: true,
      className: 'cell-code',
      cell: (item) => <BreakableCode code={item.code} />,
      sortBy: (item) => item.code,
      filterText: (item) => item.code,
    },
    {
      id: 'kind',
      header: t('packs.texts.kind'),
      className: 'cell-nowrap',
      cell: (item) =>
        t(`packs.texts.kinds.${String(item.data.kind)}`, { defaultValue: String(item.data.kind) }),
    },
    {
      id: 'text',
      header: t('packs.texts.text'),
      className: 'col-main',
      filterText: (item) => tx(item.data.text),
      cell: (item) => (
        <>
          <span className="cell-pre">{tx(item.data.text)}</span>{' '}
          <span className="item-flags">
            <ItemBadges item={item} />
          </span>
          <ItemNotes item={item} />
        </>
      ),
    },
    {
      id: 'actions',
      header: t('packs.actionsColumn'),
      hideHeader: true,
      actions: true,
      cell: (item) => <EditTextButton item={item} onEdit={onEdit} />,
    },
  ]
  return (
    <DataTable
      rows={items}
      columns={columns}
      rowKey={(item) => item.id}
      rowData={(item) => ({ code: item.code })}
      caption={t('packs.texts.caption')}
      className="compact-table"
      filterable={items.length > 20}
    />
  )
}
