import { useTranslation } from 'react-i18next'
import type { IntegrityAction } from '../../../../shared/contract'
import { SensitivityBadge } from './SensitivityField'
import { formatDate } from '../../lib/format'
import { RowActions } from '../../components/RowActions'

/** Columns of the action plan, so group rows can span them all. */
export const ACTION_COLUMNS = 6

interface ActionRowProps {
  action: IntegrityAction
  classifications: string[]
  onEdit(): void
  onDelete(): void
}

/** One action: text with horizon and marking, owner, due and start (overdue flagged), status, indicator. */
export function ActionRow({ action: a, classifications, onEdit, onDelete }: ActionRowProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <tr data-action-id={a.id} className={a.overdue ? 'ig-row-overdue' : ''}>
      <td className="ig-cell-action">
        {a.action}
        <span className="ig-cell-sub ig-action-meta">
          {t(`integrity.horizons.${a.horizon}`)}{' '}
          <SensitivityBadge classifications={classifications} value={a.sensitivity} />
        </span>
      </td>
      <td>{a.owner || <span className="muted">{t('common.notSet')}</span>}</td>
      <td className="cell-nowrap">
        {formatDate(a.dueDate, lang)}
        {a.startDate ? (
          <span className="ig-cell-sub">
            {t('integrity.actions.from', { date: formatDate(a.startDate, lang) })}
          </span>
        ) : null}
        {a.overdue ? (
          <span className="ig-block">
            <span className="badge ig-badge-overdue">{t('integrity.actions.overdue')}</span>
          </span>
        ) : null}
      </td>
      <td>
        <span className={`badge ig-status-${a.status}`}>{t(`integrity.statuses.${a.status}`)}</span>
      </td>
      <td className="ig-cell-indicator">{a.indicatorLabel ?? <span className="muted">—</span>}</td>
      <RowActions
        editLabel={t('integrity.actions.editAction', { action: a.action })}
        onEdit={onEdit}
        deleteLabel={t('integrity.actions.deleteAction', { action: a.action })}
        onDelete={onDelete}
      />
    </tr>
  )
}
