import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Indicator, IndicatorActual } from '../../../../shared/contract'
import { formatValue, periodLabel } from './indicator-format'
import { RagBadge } from './RagBadge'
import { RowActions } from '../../components/RowActions'

interface ActualsTableProps {
  indicator: Indicator
  actuals: IndicatorActual[]
  onEdit(actual: IndicatorActual): void
  onDelete(actual: IndicatorActual): void
}

const COLUMNS = 6

/**
 * Recorded values, newest first. Only the rows in view are in the page (with spacer rows above
 * and below), so thousands of periods scroll smoothly; aria-rowcount and aria-rowindex tell
 * screen readers where they are in the whole list.
 */
export function ActualsTable({ indicator, actuals, onEdit, onDelete }: ActualsTableProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const scroller = useRef<HTMLDivElement>(null)
  const rows = useMemo(() => [...actuals].reverse(), [actuals])
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be used this way
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 8,
  })
  if (rows.length === 0) return <p className="empty">{t('indicators.actuals.empty')}</p>
  const items = virtual.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0)
  return (
    <div
      ref={scroller}
      className="table-wrap actuals-scroller"
      role="region"
      aria-labelledby="actuals-heading"
      tabIndex={0}
    >
      <table className="data-table actuals-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          {t('indicators.actuals.caption', { code: indicator.code, count: rows.length })}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('indicators.columns.period')}</th>
            <th scope="col">{t('indicators.columns.value')}</th>
            <th scope="col">{t('indicators.columns.planned')}</th>
            <th scope="col">{t('indicators.columns.status')}</th>
            <th scope="col">{t('indicators.columns.explanation')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('indicators.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={COLUMNS} style={{ blockSize: top }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const a = rows[item.index]!
            const label = periodLabel(t, a.period, lang)
            return (
              <tr
                key={a.id}
                ref={virtual.measureElement}
                data-index={item.index}
                data-period={a.period}
                data-rag={a.rag}
                aria-rowindex={item.index + 2}
              >
                <th scope="row" className="cell-nowrap">
                  {label}
                </th>
                <td className="cell-nowrap cell-number">
                  {formatValue(a.value, indicator.unit, lang)}
                </td>
                <td className="cell-nowrap cell-number">
                  {formatValue(a.planned, indicator.unit, lang)}
                </td>
                <td>
                  <RagBadge rag={a.rag} />
                </td>
                <td className="cell-explanation">
                  {a.explanation ||
                    (a.rag === 'red' ? (
                      <span className="cell-note">{t('indicators.actuals.needsExplanation')}</span>
                    ) : null)}
                </td>
                <RowActions
                  editLabel={t('indicators.actuals.editAction', { period: label })}
                  onEdit={() => onEdit(a)}
                  deleteLabel={t('indicators.actuals.deleteAction', { period: label })}
                  onDelete={() => onDelete(a)}
                />
              </tr>
            )
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={COLUMNS} style={{ blockSize: bottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
