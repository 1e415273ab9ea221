import { useTranslation } from 'react-i18next'
import type { LibraryItem } from '../../../../shared/contract'
import type { Column } from '../../components/DataTable'
import { EditTextButton, ItemBadges, ItemNotes } from './ItemFlags'
import { LibraryTable, useCodedColumn } from './LibraryTable'
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
  const coded = useCodedColumn()
  const columns: Column<LibraryItem>[] = [
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
    coded('direction', t('packs.indicators.direction'), 'packs.indicators.directions'),
    coded('frequency', t('packs.indicators.frequency'), 'packs.indicators.frequencies'),
  ]
  return (
    <LibraryTable
      items={items}
      onEdit={onEdit}
      caption={t('packs.indicators.caption')}
      codeHeader={t('packs.indicators.code')}
      columns={columns}
      estimateRowHeight={96}
    />
  )
}

/** Headings, standard wording and signatory titles used by Word exports. */
export function DocumentTextTable({ items, onEdit }: { items: LibraryItem[]; onEdit: OnEdit }) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const coded = useCodedColumn()
  const columns: Column<LibraryItem>[] = [
    coded('kind', t('packs.texts.kind'), 'packs.texts.kinds', 'cell-nowrap'),
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
  ]
  return (
    <LibraryTable
      items={items}
      onEdit={onEdit}
      caption={t('packs.texts.caption')}
      codeHeader={t('packs.texts.code')}
      codeNamesRow
      columns={columns}
    />
  )
}
