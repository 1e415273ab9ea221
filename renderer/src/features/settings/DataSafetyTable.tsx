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
import { TableHead } from '../../components/TableHead'

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
  return (
    <div className="table-wrap">
      <table className="data-table backup-table">
        <caption className="visually-hidden">{t('dataSafety.caption')}</caption>
        <TableHead
          columns={[
            t('dataSafety.columns.takenAt'),
            t('dataSafety.columns.reason'),
            t('dataSafety.columns.size'),
            t('dataSafety.columns.check'),
            t('dataSafety.columns.auditHead'),
            t('dataSafety.columns.folder'),
          ]}
          actions={t('dataSafety.columns.actions')}
        />
        <tbody>
          {backups.map((b) => {
            const isHighlighted = b.name === highlighted
            return (
              <tr
                key={`${b.folder}-${b.name}`}
                data-backup={b.name}
                className={isHighlighted ? 'backup-highlighted' : undefined}
              >
                <th scope="row" className="cell-nowrap">
                  <time dateTime={b.takenAt} title={b.name}>
                    {formatDateTime(b.takenAt, language)}
                  </time>
                  {isHighlighted ? (
                    <span className="backup-detail backup-newest">
                      {t('dataSafety.newestGood')}
                    </span>
                  ) : null}
                </th>
                <td>{reasonLabel(t, b.reason)}</td>
                <td className="cell-nowrap">
                  {t('dataSafety.sizeMb', { size: formatMegabytes(b.sizeBytes, language) })}
                </td>
                <td className="backup-check">
                  <CheckResult backup={b} />
                </td>
                <td className="cell-nowrap">
                  <AuditHeadMark backup={b} />
                </td>
                <td>
                  {folderLabel(t, b)}
                  {b.secondFolderProblem ? (
                    <span className="backup-detail" title={b.secondFolderProblem}>
                      {t('dataSafety.folders.secondFailed')}
                    </span>
                  ) : null}
                </td>
                <td className="cell-actions">
                  {b.check.ok ? (
                    <Button
                      className={`button button-small ${isHighlighted ? 'button-primary' : 'button-secondary'}`}
                      aria-label={t('dataSafety.restoreAction', {
                        date: formatMoment(b.takenAt, language),
                      })}
                      isDisabled={preparing !== null}
                      onPress={() => onRestore(b)}
                    >
                      {preparing === b.name ? t('dataSafety.restoreBusy') : t('dataSafety.restore')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
