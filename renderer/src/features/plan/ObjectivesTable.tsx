import { useTranslation } from 'react-i18next'
import type { Objective } from '../../../../shared/contract'
import { PlanItemTable } from './PlanItemTable'

interface ObjectivesTableProps {
  objectives: Objective[]
  onEdit(objective: Objective): void
  onDelete(objective: Objective): void
}

/** Code, title, owner and status of every objective, with edit and delete per row. */
export function ObjectivesTable({ objectives, onEdit, onDelete }: ObjectivesTableProps) {
  const { t } = useTranslation()
  return (
    <PlanItemTable
      items={objectives}
      header={(column) => t(`objectives.columns.${column}`)}
      statusLabel={(status) => t(`objectives.statuses.${status}`)}
      caption={t('objectives.caption')}
      empty={t('objectives.empty')}
      className="objectives-table"
      rowData={(o) => ({ 'objective-id': o.id })}
      editLabel={(o) => t('objectives.editAction', { code: o.code })}
      onEdit={onEdit}
      deleteLabel={(o) => t('objectives.deleteAction', { code: o.code })}
      onDelete={onDelete}
    />
  )
}
