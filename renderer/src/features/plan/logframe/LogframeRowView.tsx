import { memo } from 'react'
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { levelWord } from '../plan-format'
import type { LogframeRow } from './logframe-rows'
import { formatDate } from '../../../lib/format'

/** What a row's controls ask the logframe to do. */
export type RowAction = 'edit' | 'up' | 'down' | 'add' | 'moveTo' | 'delete' | 'toggle'

interface RowProps {
  row: LogframeRow
  collapsed: boolean
  /** Position in the list and the virtualiser's measuring ref, when the body is virtual. */
  index?: number
  measure?: (el: HTMLTableRowElement | null) => void
  onAction(row: LogframeRow, action: RowAction): void
}

const CHILD_KIND = { objective: 'outcome', outcome: 'output', output: 'activity' } as const

/** Stable ids so focus can return to a control after the plan is renumbered. */
export const controlId = (row: Pick<LogframeRow, 'kind' | 'id'>, control: string) =>
  `lf-${control}-${row.kind}-${row.id}`

// Rows are rebuilt on every refresh; comparing what they show lets React skip unchanged ones.
const SHOWN: (keyof LogframeRow)[] = [
  'key',
  'version',
  'number',
  'text',
  'assumptions',
  'owner',
  'projectCode',
  'status',
  'late',
  'plannedStart',
  'plannedEnd',
  'isFirst',
  'isLast',
  'children',
]

function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.collapsed === b.collapsed &&
    a.index === b.index &&
    a.measure === b.measure &&
    a.onAction === b.onAction &&
    SHOWN.every((k) => a.row[k] === b.row[k])
  )
}

/** One logframe row: number, statement, assumptions, owner, and its controls. */
export const LogframeRowView = memo(function LogframeRowView({
  row,
  collapsed,
  index,
  measure,
  onAction,
}: RowProps) {
  const { t, i18n } = useTranslation()
  const level = levelWord(t, row.kind)
  const names = { level, number: row.number }
  const child = row.kind === 'activity' ? null : CHILD_KIND[row.kind]
  return (
    <tr className={`lf-row lf-${row.kind}`} data-key={row.key} data-index={index} ref={measure}>
      <td className="cell-code lf-number">{row.number}</td>
      <th scope="row" className={`lf-statement lf-depth-${row.depth}`}>
        <span className="lf-level">{t(`plan.levels.${row.kind}`)}</span>
        {row.kind === 'objective' && row.children > 0 ? (
          <Button
            className="lf-toggle"
            aria-expanded={!collapsed}
            aria-label={t(collapsed ? 'plan.logframe.expand' : 'plan.logframe.collapse', names)}
            onPress={() => onAction(row, 'toggle')}
          >
            <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
          </Button>
        ) : null}
        <span className="lf-text">{row.text}</span>
        {row.kind === 'activity' ? (
          <span className="lf-meta">
            {formatDate(row.plannedStart, i18n.language)} –{' '}
            {formatDate(row.plannedEnd, i18n.language)}
            {' · '}
            <span className={`badge badge-activity-${row.status}`}>
              {t(`plan.activity.statuses.${row.status}`)}
            </span>
            {row.late ? <span className="badge lf-badge-late">{t('plan.late')}</span> : null}
          </span>
        ) : null}
      </th>
      <td className="lf-assumptions">{row.assumptions || <span className="muted">—</span>}</td>
      <td className="lf-owner">
        {row.owner ? <span>{row.owner}</span> : null}
        {row.projectCode ? <span className="badge lf-badge-project">{row.projectCode}</span> : null}
      </td>
      <td className="cell-actions lf-actions">
        <Button
          id={controlId(row, 'edit')}
          className="button button-secondary button-small"
          aria-label={t('plan.logframe.editItem', names)}
          onPress={() => onAction(row, 'edit')}
        >
          {t('common.edit')}
        </Button>
        <Button
          id={controlId(row, 'up')}
          className="button button-secondary button-small plan-button-icon"
          aria-label={t('plan.logframe.moveUp', names)}
          isDisabled={row.isFirst}
          onPress={() => onAction(row, 'up')}
        >
          <span aria-hidden="true">↑</span>
        </Button>
        <Button
          id={controlId(row, 'down')}
          className="button button-secondary button-small plan-button-icon"
          aria-label={t('plan.logframe.moveDown', names)}
          isDisabled={row.isLast}
          onPress={() => onAction(row, 'down')}
        >
          <span aria-hidden="true">↓</span>
        </Button>
        <MenuTrigger>
          <Button
            id={controlId(row, 'more')}
            className="button button-secondary button-small plan-button-icon"
            aria-label={t('plan.logframe.more', names)}
          >
            <span aria-hidden="true">⋯</span>
          </Button>
          <Popover className="popover" placement="bottom end">
            <Menu className="listbox plan-menu" onAction={(key) => onAction(row, key as RowAction)}>
              {child ? (
                <MenuItem id="add" className="listbox-item">
                  {t(`plan.logframe.add.${child}`)}
                </MenuItem>
              ) : null}
              {row.kind !== 'objective' ? (
                <MenuItem id="moveTo" className="listbox-item">
                  {t('plan.logframe.moveToShort')}
                </MenuItem>
              ) : null}
              <MenuItem id="delete" className="listbox-item">
                {t('common.delete')}
              </MenuItem>
            </Menu>
          </Popover>
        </MenuTrigger>
      </td>
    </tr>
  )
}, sameRow)
