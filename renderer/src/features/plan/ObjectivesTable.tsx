import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { Objective } from '../../../../shared/contract'

interface ObjectivesTableProps {
  objectives: Objective[]
  onEdit(objective: Objective): void
  onDelete(objective: Objective): void
}

/** Code, title, owner and status of every objective, with edit and delete per row. */
export function ObjectivesTable({ objectives, onEdit, onDelete }: ObjectivesTableProps) {
  const { t } = useTranslation()
  if (objectives.length === 0) return <p className="empty">{t('objectives.empty')}</p>
  return (
    <div className="table-wrap">
      <table className="data-table objectives-table">
        <caption className="visually-hidden">{t('objectives.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('objectives.columns.code')}</th>
            <th scope="col">{t('objectives.columns.title')}</th>
            <th scope="col">{t('objectives.columns.owner')}</th>
            <th scope="col">{t('objectives.columns.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('objectives.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((o) => (
            <tr key={o.id} data-objective-id={o.id}>
              <td className="cell-code">{o.code}</td>
              <th scope="row" className="cell-title">
                {o.title}
              </th>
              <td>{o.owner || <span className="muted">{t('common.notSet')}</span>}</td>
              <td>
                <span className={`badge badge-${o.status}`}>
                  {t(`objectives.statuses.${o.status}`)}
                </span>
              </td>
              <td className="cell-actions">
                <Button
                  className="button button-secondary button-small"
                  aria-label={t('objectives.editAction', { code: o.code })}
                  onPress={() => onEdit(o)}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  className="button button-secondary button-small"
                  aria-label={t('objectives.deleteAction', { code: o.code })}
                  onPress={() => onDelete(o)}
                >
                  {t('common.delete')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
