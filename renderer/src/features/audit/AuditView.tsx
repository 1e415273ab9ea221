import { useEffect } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { formatNumber } from '../../lib/format'
import { AUDIT_PAGE_SIZE, useAuditStore } from '../../stores/audit-store'
import { AuditTable } from './AuditTable'
import { VerifyTrail } from './VerifyTrail'

/** The audit trail, newest first, with paging and a check of the hash chain. */
export function AuditView() {
  const { t, i18n } = useTranslation()
  const { status, entries, total, offset, error, showPage, refresh } = useAuditStore()

  useEffect(() => {
    void useAuditStore.getState().refresh()
  }, [])

  // At the first or last page the pressed button is disabled; keep focus on the other one.
  async function turnPage(to: number, otherButton: string): Promise<void> {
    const pressed = document.activeElement
    await showPage(to)
    if (pressed instanceof HTMLButtonElement && pressed.disabled) {
      document.getElementById(otherButton)?.focus()
    }
  }

  const from = total === 0 ? 0 : offset + 1
  const to = Math.min(offset + entries.length, total)
  const n = (v: number) => formatNumber(v, i18n.language)
  return (
    <ViewMain
      view="audit"
      state={combineStatus(status)}
      title={t('audit.title')}
      intro={t('audit.intro')}
      error={error}
      onRetry={() => void refresh()}
    >
      <VerifyTrail />
      <AuditTable key={offset} entries={entries} />
      {total > 0 ? (
        <nav className="pager" aria-label={t('audit.pagingLabel')}>
          <Button
            id="audit-newer"
            className="button button-secondary"
            isDisabled={offset === 0}
            onPress={() => void turnPage(offset - AUDIT_PAGE_SIZE, 'audit-older')}
          >
            {t('audit.newer')}
          </Button>
          <p className="pager-range" aria-live="polite">
            {t('audit.range', { from: n(from), to: n(to), total: n(total) })}
          </p>
          <Button
            id="audit-older"
            className="button button-secondary"
            isDisabled={offset + AUDIT_PAGE_SIZE >= total}
            onPress={() => void turnPage(offset + AUDIT_PAGE_SIZE, 'audit-newer')}
          >
            {t('audit.older')}
          </Button>
        </nav>
      ) : null}
    </ViewMain>
  )
}
