import { useTranslation } from 'react-i18next'
import type { Objective } from '../../../../shared/contract'
import { TableHead } from '../../components/TableHead'
import { RowActions } from '../../components/RowActions'

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
        <TableHead
          columns={[
            t('objectives.columns.code'),
            t('objectives.columns.title'),
            t('objectives.columns.owner'),
            t('objectives.columns.status'),
          ]}
          actions={t('objectives.columns.actions')}
        />
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
              <RowActions
                editLabel={t('objectives.editAction', { code: o.code })}
                onEdit={() => onEdit(o)}
                deleteLabel={t('objectives.deleteAction', { code: o.code })}
                onDelete={() => onDelete(o)}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
