import { useTranslation } from 'react-i18next'
import type { LibraryItem } from '../../../../shared/contract'
import { BreakableCode, EditTextButton, ItemBadges, ItemNotes } from './ItemFlags'
import { useLocalText } from './pack-format'
import { ShowMoreButton, usePaged } from './ShowMore'

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
                <thead>
                  <tr>
                    <th scope="col">{t('packs.scales.level')}</th>
                    <th scope="col">{t('packs.scales.name')}</th>
                    <th scope="col">{t('packs.scales.descriptor')}</th>
                  </tr>
                </thead>
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

/** The indicator library as a table, a page of rows at a time. */
export function IndicatorTable({ items, onEdit }: { items: LibraryItem[]; onEdit: OnEdit }) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const { visible, total, showMore } = usePaged(items)
  return (
    <>
      <div className="table-wrap">
        <table className="data-table compact-table">
          <caption className="visually-hidden">{t('packs.indicators.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('packs.indicators.code')}</th>
              <th scope="col" className="col-main">
                {t('packs.indicators.name')}
              </th>
              <th scope="col">{t('packs.indicators.unit')}</th>
              <th scope="col">{t('packs.indicators.direction')}</th>
              <th scope="col">{t('packs.indicators.frequency')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('packs.actionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((ind) => {
              const links = Array.isArray(ind.data.links) ? (ind.data.links as Link[]) : []
              const source = tx(ind.data.source)
              return (
                <tr key={ind.id} data-code={ind.code}>
                  <td className="cell-code">
                    <BreakableCode code={ind.code} />
                  </td>
                  <th scope="row">
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
                  </th>
                  <td>{tx(ind.data.unit)}</td>
                  <td>
                    {t(`packs.indicators.directions.${String(ind.data.direction)}`, {
                      defaultValue: String(ind.data.direction),
                    })}
                  </td>
                  <td>
                    {t(`packs.indicators.frequencies.${String(ind.data.frequency)}`, {
                      defaultValue: String(ind.data.frequency),
                    })}
                  </td>
                  <td className="cell-actions">
                    <EditTextButton item={ind} onEdit={onEdit} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <ShowMoreButton shown={visible.length} total={total} onPress={showMore} />
    </>
  )
}

/** Headings, standard wording and signatory titles used by Word exports. */
export function DocumentTextTable({ items, onEdit }: { items: LibraryItem[]; onEdit: OnEdit }) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const { visible, total, showMore } = usePaged(items)
  return (
    <>
      <div className="table-wrap">
        <table className="data-table compact-table">
          <caption className="visually-hidden">{t('packs.texts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('packs.texts.code')}</th>
              <th scope="col">{t('packs.texts.kind')}</th>
              <th scope="col" className="col-main">
                {t('packs.texts.text')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('packs.actionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((item) => (
              <tr key={item.id} data-code={item.code}>
                <th scope="row" className="cell-code">
                  <BreakableCode code={item.code} />
                </th>
                <td className="cell-nowrap">
                  {t(`packs.texts.kinds.${String(item.data.kind)}`, {
                    defaultValue: String(item.data.kind),
                  })}
                </td>
                <td>
                  <span className="cell-pre">{tx(item.data.text)}</span>{' '}
                  <span className="item-flags">
                    <ItemBadges item={item} />
                  </span>
                  <ItemNotes item={item} />
                </td>
                <td className="cell-actions">
                  <EditTextButton item={item} onEdit={onEdit} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMoreButton shown={visible.length} total={total} onPress={showMore} />
    </>
  )
}
