import { useTranslation } from 'react-i18next'
import type { LibraryItem } from '../../../../shared/contract'
import type { Column } from '../../components/DataTable'
import { EditTextButton, ItemBadges, ItemNotes } from './ItemFlags'
import { LibraryTable, useCodedColumn } from './LibraryTable'
import { textColourOn } from '../../../../shared/domain/risk-rating'
import { useLocalText } from './pack-format'
import { TableHead } from '../../components/TableHead'

type OnEdit = (item: LibraryItem) => void

interface Level {
  level: number
  name: unknown
}

interface Band {
  code: string
  name: unknown
  minScore: number
  maxScore: number
  colour: string
  reviewIntervalDays: number
  tolerable: boolean
}

const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : [])

/** Band colours come from the pack, so they are set per cell; the text colour follows them. */
const bandStyle = (band: Band | undefined) =>
  band ? { backgroundColor: band.colour, color: textColourOn(band.colour) } : undefined

/** The likelihood × impact grid, coloured by band, and the list of bands. */
export function RiskMatrixView({ matrix, onEdit }: { matrix: LibraryItem; onEdit: OnEdit }) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const likelihood = [...list<Level>(matrix.data.likelihood)].sort((a, b) => b.level - a.level)
  const impact = [...list<Level>(matrix.data.impact)].sort((a, b) => a.level - b.level)
  const bands = list<Band>(matrix.data.bands)
  const bandOf = (score: number) => bands.find((b) => score >= b.minScore && score <= b.maxScore)
  const name = tx(matrix.data.name)
  return (
    <div className="library-block" data-code={matrix.code}>
      <div className="library-block-head">
        <h4>
          <code className="tree-code">{matrix.code}</code> {name}
        </h4>
        <span className="item-flags">
          <ItemBadges item={matrix} />
          <EditTextButton item={matrix} onEdit={onEdit} />
        </span>
      </div>
      <ItemNotes item={matrix} />
      <div className="matrix-layout">
        <table className="risk-matrix">
          <caption>{t('packs.matrix.caption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                {t('packs.matrix.corner')}
              </th>
              {impact.map((i) => (
                <th scope="col" key={i.level}>
                  <span className="matrix-level">{i.level}</span> {tx(i.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {likelihood.map((l) => (
              <tr key={l.level}>
                <th scope="row">
                  <span className="matrix-level">{l.level}</span> {tx(l.name)}
                </th>
                {impact.map((i) => {
                  const score = l.level * i.level
                  const band = bandOf(score)
                  return (
                    <td key={i.level} className="matrix-cell" style={bandStyle(band)}>
                      <span className="matrix-score">{score}</span>
                      <span className="matrix-band">{band ? tx(band.name) : ''}</span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table compact-table band-table">
          <caption>{t('packs.matrix.bandsCaption')}</caption>
          <TableHead
            columns={[
              t('packs.matrix.band'),
              t('packs.matrix.scores'),
              t('packs.matrix.review'),
              t('packs.matrix.tolerable'),
            ]}
          />
          <tbody>
            {bands.map((b) => (
              <tr key={b.code}>
                <th scope="row">
                  <span className="band-swatch" style={bandStyle(b)} aria-hidden="true" />
                  {tx(b.name)}
                </th>
                <td className="cell-nowrap">
                  {t('packs.matrix.scoreRange', { min: b.minScore, max: b.maxScore })}
                </td>
                <td className="cell-nowrap">
                  {t('packs.matrix.reviewEvery', { count: b.reviewIntervalDays })}
                </td>
                <td>
                  {b.tolerable ? t('packs.matrix.tolerableYes') : t('packs.matrix.tolerableNo')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

/** Typical programme risks users can start from; long catalogues render only the rows in view. */
export function RiskCatalogueTable({ items, onEdit }: { items: LibraryItem[]; onEdit: OnEdit }) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const detail = (item: LibraryItem, name: string) => {
    const value = tx(item.data[name])
    return value ? (
      <span className="cell-detail">
        <span className="detail-label">{t(`packs.fields.${name}`)}:</span> {value}
      </span>
    ) : null
  }
  const coded = useCodedColumn()
  const columns: Column<LibraryItem>[] = [
    {
      id: 'title',
      header: t('packs.risks.title'),
      rowHeader: true,
      className: 'col-main',
      sortBy: (risk) => tx(risk.data.title),
      filterText: (risk) => tx(risk.data.title),
      cell: (risk) => (
        <>
          <span className="cell-title">{tx(risk.data.title)}</span>{' '}
          <span className="item-flags">
            <ItemBadges item={risk} />
          </span>
          {detail(risk, 'cause')}
          {detail(risk, 'event')}
          {detail(risk, 'consequence')}
          {detail(risk, 'treatment')}
          <ItemNotes item={risk} />
        </>
      ),
    },
    coded('category', t('packs.risks.category'), 'packs.risks.categories'),
    coded('response', t('packs.risks.response'), 'packs.risks.responses'),
  ]
  return (
    <LibraryTable
      items={items}
      onEdit={onEdit}
      caption={t('packs.risks.caption')}
      codeHeader={t('packs.risks.code')}
      columns={columns}
      estimateRowHeight={120}
    />
  )
}
