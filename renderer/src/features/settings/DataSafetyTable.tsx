import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '../../../../shared/contract'
import { formatDateTime } from '../../lib/format'
import {
  folderLabel,
  formatMegabytes,
  formatMoment,
  reasonLabel,
  shortHash,
} from './DataSafetyFormat'
import { DataTable, type Column } from '../../components/DataTable'
import './data-safety-table.css'

interface DataSafetyTableProps {
  backups: BackupInfo[]
  /** The backup to point at (the newest good one while the data is read-only). */
  highlighted?: string
  /** The backup whose restore is being prepared (its button shows progress). */
  preparing: string | null
  onRestore(backup: BackupInfo): void
}

function CheckResult({ backup }: { backup: BackupInfo }) {
  const { t } = useTranslation()
  const { check } = backup
  if (check.ok)
    return (
      <>
        <span className="badge badge-completed">{t('dataSafety.checked')}</span>
        <span className="backup-detail">
          {t('dataSafety.checkedDetail', { count: check.auditChecked })}
        </span>
      </>
    )
  return (
    <>
      <span className="badge badge-failed">{t('dataSafety.checkFailed')}</span>
      <span className="backup-detail">
        {check.problem ?? t('dataSafety.checkFailedUnexplained')}
      </span>
    </>
  )
}

function AuditHeadMark({ backup }: { backup: BackupInfo }) {
  const { t } = useTranslation()
  const head = backup.auditHead
  if (!head) return <span className="muted">{t('dataSafety.emptyTrail')}</span>
  const values = { seq: head.seq, hash: shortHash(head) }
  return (
    <span className="path" title={head.hash} aria-label={t('dataSafety.auditHeadLabel', values)}>
      {t('dataSafety.auditHead', values)}
    </span>
  )
}

/** The backups, newest first: when, why, how big, what their check found, and a way to restore. */
export function DataSafetyTable({
  backups,
  highlighted,
  preparing,
  onRestore,
}: DataSafetyTableProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const columns: Column<BackupInfo>[] = [
    {
      id: 'takenAt',
      header: t('dataSafety.columns.takenAt'),
      rowHeader: true,
      className: 'cell-nowrap',
      cell: (b) => (
        <>
          <time dateTime={b.takenAt} title={b.name}>
            {formatDateTime(b.takenAt, language)}
          </time>
          {b.name === highlighted ? (
            <span className="backup-detail backup-newest">{t('dataSafety.newestGood')}</span>
          ) : null}
        </>
      ),
    },
    { id: 'reason', header: t('dataSafety.columns.reason'), cell: (b) => reasonLabel(t, b.reason) },
    {
      id: 'size',
      header: t('dataSafety.columns.size'),
      className: 'cell-nowrap',
      cell: (b) => t('dataSafety.sizeMb', { size: formatMegabytes(b.sizeBytes, language) }),
    },
    {
      id: 'check',
      header: t('dataSafety.columns.check'),
      className: 'backup-check',
      cell: (b) => <CheckResult backup={b} />,
    },
    {
      id: 'auditHead',
      header: t('dataSafety.columns.auditHead'),
      className: 'cell-nowrap',
      cell: (b) => <AuditHeadMark backup={b} />,
    },
    {
      id: 'folder',
      header: t('dataSafety.columns.folder'),
      cell: (b) => (
        <>
          {folderLabel(t, b)}
          {b.secondFolderProblem ? (
            <span className="backup-detail" title={b.secondFolderProblem}>
              {t('dataSafety.folders.secondFailed')}
            </span>
          ) : null}
        </>
      ),
    },
    {
      id: 'actions',
      header: t('dataSafety.columns.actions'),
      hideHeader: true,
      actions: true,
      cell: (b) =>
        b.check.ok ? (
          <Button
            className={`button button-small ${b.name === highlighted ? 'button-primary' : 'button-secondary'}`}
            aria-label={t('dataSafety.restoreAction', { date: formatMoment(b.takenAt, language) })}
            isDisabled={preparing !== null}
            onPress={() => onRestore(b)}
          >
            {preparing === b.name ? t('dataSafety.restoreBusy') : t('dataSafety.restore')}
          </Button>
        ) : null,
    },
  ]
  return (
    <DataTable
      rows={backups}
      columns={columns}
      rowKey={(b) => `${b.folder}-${b.name}`}
      rowData={(b) => ({ backup: b.name })}
      rowClassName={(b) => (b.name === highlighted ? 'backup-highlighted' : undefined)}
      caption={t('dataSafety.caption')}
      className="backup-table"
    />
  )
}
