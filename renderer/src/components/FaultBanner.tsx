import { useEffect } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { DataHealth } from '../../../shared/contract'
import { hashFor } from '../app/route-store'
import { formatDateTime } from '../lib/format'
import { useAppStore, type StorageFault } from '../stores/app-store'
import '../styles/fault-banner.css'

/** The section of Settings where backups are listed and restored. */
export const DATA_SAFETY_SECTION = 'data-safety'

const SAID_BY_READ_ONLY: ReadonlySet<string> = new Set(['read_only', 'corrupt'])

// Settings renders after the route changes: bring its Data safety section into view once it is there.
function revealDataSafety(): void {
  let tries = 0
  const look = () => {
    const section = document.getElementById(DATA_SAFETY_SECTION)
    if (section) {
      section.scrollIntoView({ block: 'start' })
      section.querySelector<HTMLElement>('h2, h3, [tabindex]')?.focus()
    } else if (++tries < 40) window.setTimeout(look, 50)
  }
  look()
}

function DataSafetyLink({ label }: { label: string }) {
  return (
    <a className="fault-banner-link" href={hashFor('settings')} onClick={revealDataSafety}>
      {label}
    </a>
  )
}

function ReadOnlyBanner({ health }: { health: DataHealth }) {
  const { t, i18n } = useTranslation()
  const backup = health.newestGoodBackup
  return (
    <div className="fault-banner" role="alert" data-testid="read-only-banner">
      <p className="fault-banner-title">{t('faults.readOnly.title')}</p>
      <p>{health.problem ?? t('faults.readOnly.unexplained')}</p>
      <p>{t('faults.readOnly.consequence')}</p>
      {backup ? (
        <p>
          {t('faults.readOnly.newestBackup', {
            date: formatDateTime(backup.takenAt, i18n.language),
          })}{' '}
          <DataSafetyLink label={t('faults.readOnly.restore')} />
        </p>
      ) : (
        <p>
          <DataSafetyLink label={t('faults.openDataSafety')} />
        </p>
      )}
    </div>
  )
}

function StorageFaultBanner({ fault }: { fault: StorageFault }) {
  const { t } = useTranslation()
  const { code, message } = fault.error
  return (
    <div className="fault-banner" role="alert" data-testid="fault-banner" data-fault={code}>
      <p className="fault-banner-title">{t(`faults.title.${code}`)}</p>
      {/* The backend's sentence: it names the file or database and says what to do. */}
      <p>{message}</p>
      <div className="fault-banner-actions">
        {code === 'corrupt' || code === 'read_only' ? (
          <DataSafetyLink label={t('faults.openDataSafety')} />
        ) : null}
        <Button
          className="button button-secondary"
          onPress={() => useAppStore.getState().dismissFault()}
        >
          {t('faults.dismiss')}
        </Button>
      </div>
    </div>
  )
}

/**
 * Says in plain words when the data's disk, folder or database fails (full, read-only, refused,
 * damaged, busy, unreachable), until dismissed or the failed call succeeds; and, for as long as
 * the backend has the data open read-only, why, with the way to the newest good backup.
 */
export function FaultBanner() {
  const fault = useAppStore((s) => s.fault)
  const health = useAppStore((s) => s.health)

  // Asked once here; a restore or a new backup asks again (stores/refresh-table.ts).
  useEffect(() => void useAppStore.getState().refreshHealth(), [])

  const readOnly = health?.state === 'read_only' ? health : null
  // A refused write or a damaged page, while the data is known to be read-only, adds nothing to
  // the lasting banner, which already says why and where to restore.
  const showFault = fault && !(readOnly && SAID_BY_READ_ONLY.has(fault.error.code))
  if (!readOnly && !showFault) return null
  return (
    <div className="fault-banners">
      {readOnly ? <ReadOnlyBanner health={readOnly} /> : null}
      {showFault ? <StorageFaultBanner fault={fault} /> : null}
    </div>
  )
}
