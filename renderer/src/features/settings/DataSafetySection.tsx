import { useEffect, useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type {
  AppError,
  BackupInfo,
  DataHealth,
  DataSafetyOverview,
  RestorePreview,
} from '../../../../shared/contract'
import { ErrorNotice, StatusNotice } from '../../components/Notice'
import { useBackupStore } from '../../stores/backup-store'
import '../../styles/data-safety.css'
import { formatMoment } from './DataSafetyFormat'
import { DataSafetyError, DataSafetyWarning } from './DataSafetyNotices'
import { DataSafetyRestoreDialog } from './DataSafetyRestoreDialog'
import { DataSafetySchedule } from './DataSafetySchedule'
import { DataSafetyTable } from './DataSafetyTable'

/** The id the fault banner links to (see components/FaultBanner.tsx). */
const SECTION_ID = 'data-safety'

/** The newest backup to offer while the data is read-only: the backend's pick, else the newest good one. */
function backupToOffer(overview: DataSafetyOverview): BackupInfo | undefined {
  const named = overview.health.newestGoodBackup?.name
  return overview.backups.find((b) => b.name === named) ?? overview.backups.find((b) => b.check.ok)
}

function ReadOnlyProblem({ health, offer }: { health: DataHealth; offer?: BackupInfo }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="notice notice-error data-safety-problem" role="alert">
      <p className="data-safety-problem-title">{t('dataSafety.readOnly.title')}</p>
      <p>{health.problem ?? t('dataSafety.readOnly.unexplained')}</p>
      <p>
        {offer
          ? t('dataSafety.readOnly.withBackup', {
              date: formatMoment(offer.takenAt, i18n.language),
            })
          : t('dataSafety.readOnly.noBackup')}
      </p>
    </div>
  )
}

function Locations({ overview }: { overview: DataSafetyOverview }) {
  const { t } = useTranslation()
  const second = overview.settings.secondFolder
  return (
    <dl className="summary-list">
      <dt>{t('dataSafety.where.primary')}</dt>
      <dd className="path">{overview.primaryFolder}</dd>
      <dt>{t('dataSafety.where.second')}</dt>
      <dd className={second ? 'path' : undefined}>{second || t('dataSafety.where.none')}</dd>
    </dl>
  )
}

/** Settings → Data safety: where backups go, "Back up now", the backups, restore, the schedule. */
export function DataSafetySection() {
  const { t, i18n } = useTranslation()
  const { status, overview, error, restoreNote } = useBackupStore()
  const heading = useRef<HTMLHeadingElement>(null)
  const [backingUp, setBackingUp] = useState(false)
  const [backupNotice, setBackupNotice] = useState<string | null>(null)
  const [backupWarning, setBackupWarning] = useState<string | null>(null)
  const [actionError, setActionError] = useState<AppError | null>(null)
  const [preparing, setPreparing] = useState<string | null>(null)
  const [preview, setPreview] = useState<RestorePreview | null>(null)

  useEffect(() => {
    void useBackupStore.getState().load()
  }, [])

  // Back after a restore (the page reloaded): bring the notice of what happened into view.
  const hasRestoreNote = restoreNote !== null
  useEffect(() => {
    if (!hasRestoreNote) return
    heading.current?.scrollIntoView({ block: 'start' })
    heading.current?.focus()
  }, [hasRestoreNote])

  function clearMessages(): void {
    setBackupNotice(null)
    setBackupWarning(null)
    setActionError(null)
    useBackupStore.getState().dismissRestoreNote()
  }

  async function backUpNow(): Promise<void> {
    if (backingUp) return
    clearMessages()
    setBackingUp(true)
    const result = await useBackupStore.getState().create()
    setBackingUp(false)
    if (!result.ok) {
      setActionError(result.error)
      return
    }
    const b = result.value
    const date = formatMoment(b.takenAt, i18n.language)
    const copied = b.copiedToSecond ? ` ${t('dataSafety.copiedToSecond')}` : ''
    if (b.check.ok) setBackupNotice(`${t('dataSafety.backedUp', { date })}${copied}`)
    else
      setActionError({
        code: 'corrupt',
        message: t('dataSafety.backedUpFailed', {
          problem: b.check.problem ?? t('dataSafety.checkFailedUnexplained'),
        }),
      })
    setBackupWarning(b.secondFolderProblem ?? null)
  }

  async function askToRestore(backup: BackupInfo): Promise<void> {
    clearMessages()
    setPreparing(backup.name)
    const result = await useBackupStore.getState().previewRestore(backup.name)
    setPreparing(null)
    if (result.ok) setPreview(result.value)
    else setActionError(result.error)
  }

  const readOnly = overview?.health.state === 'read_only'
  const offer = overview && readOnly ? backupToOffer(overview) : undefined
  return (
    <section id={SECTION_ID} className="panel data-safety" aria-labelledby="data-safety-heading">
      <h2 id="data-safety-heading" ref={heading} tabIndex={-1}>
        {t('dataSafety.heading')}
      </h2>
      {overview && readOnly ? <ReadOnlyProblem health={overview.health} offer={offer} /> : null}
      <StatusNotice
        message={
          restoreNote
            ? t('dataSafety.restored', {
                date: formatMoment(restoreNote.takenAt, i18n.language),
                file: restoreNote.safetyCopy,
              })
            : null
        }
      />
      <p className="section-help">{t('dataSafety.intro')}</p>
      {overview?.engine === 'postgres' ? (
        <p className="section-help">{t('dataSafety.postgresNote')}</p>
      ) : null}
      {status === 'error' ? (
        <ErrorNotice error={error} onRetry={() => void useBackupStore.getState().refresh()} />
      ) : null}
      {!overview && status !== 'error' ? <p role="status">{t('common.loading')}</p> : null}
      {overview ? (
        <>
          <Locations overview={overview} />
          <div className="data-safety-actions">
            <Button
              className="button button-primary"
              onPress={() => void backUpNow()}
              isDisabled={backingUp || readOnly}
            >
              {backingUp ? t('dataSafety.backingUp') : t('dataSafety.backUpNow')}
            </Button>
            {readOnly ? (
              <span className="field-help">{t('dataSafety.readOnly.backupDisabled')}</span>
            ) : null}
          </div>
          <StatusNotice message={backingUp ? t('dataSafety.backingUp') : backupNotice} />
          <DataSafetyWarning message={backupWarning} />
          <DataSafetyError error={actionError} />

          <h3 className="data-safety-subheading">{t('dataSafety.listHeading')}</h3>
          {overview.backups.length > 0 ? (
            <DataSafetyTable
              backups={overview.backups}
              highlighted={offer?.name}
              preparing={preparing}
              onRestore={(b) => void askToRestore(b)}
            />
          ) : (
            <p className="empty">{t('dataSafety.empty')}</p>
          )}

          <h3 className="data-safety-subheading">{t('dataSafety.schedule.heading')}</h3>
          <p className="section-help">{t('dataSafety.schedule.help')}</p>
          <DataSafetySchedule settings={overview.settings} />
        </>
      ) : null}
      <DataSafetyRestoreDialog
        preview={preview}
        damaged={readOnly}
        onCancel={() => setPreview(null)}
      />
    </section>
  )
}
