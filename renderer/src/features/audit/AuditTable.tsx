import { Fragment, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../../../shared/contract'
import { i18next } from '../../lib/i18n'
import { formatDateTime, prettyJson } from '../../lib/format'
import { TableHead } from '../../components/TableHead'

/** A known code in words, or the code itself for kinds this version has no name for. */
function named(prefix: string, code: string, t: (k: string) => string): string {
  const key = `${prefix}.${code}`
  return i18next.exists(key) ? t(key) : code
}

/** Offers line breaks after the separators of long ids such as `urn:capstan:pack:…`. */
function breakable(id: string) {
  return id.split(/(?<=[:/._-])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ))
}

function Snapshot({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation()
  return (
    <div className="snapshot">
      <p className="snapshot-label">{label}</p>
      {value === null || value === undefined ? (
        <p className="muted">{t('audit.nothingRecorded')}</p>
      ) : (
        // Shown as text: React escapes it, so nothing stored can ever run as markup.
        <pre className="snapshot-json">{prettyJson(value)}</pre>
      )}
    </div>
  )
}

/** One page of audit entries, each with its before/after snapshots on demand. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set())
  const toggle = (seq: number) =>
    setOpen((prev) => {
      const next = new Set(prev)
      if (next.has(seq)) next.delete(seq)
      else next.add(seq)
      return next
    })

  if (entries.length === 0) return <p className="empty">{t('audit.empty')}</p>
  return (
    <div className="table-wrap">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <TableHead
          columns={[
            t('audit.columns.when'),
            t('audit.columns.who'),
            t('audit.columns.recordType'),
            t('audit.columns.recordId'),
            t('audit.columns.action'),
            t('audit.columns.details'),
          ]}
        />
        <tbody>
          {entries.map((e) => {
            const isOpen = open.has(e.seq)
            const detailsId = `audit-details-${e.seq}`
            return (
              <Fragment key={e.seq}>
                <tr data-seq={e.seq}>
                  <td className="cell-nowrap">
                    <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                  </td>
                  <td>{e.actor}</td>
                  <td>{named('audit.entityTypes', e.entityType, t)}</td>
                  <td className="cell-code">{breakable(e.entityId)}</td>
                  <td>{named('audit.actions', e.action, t)}</td>
                  <td>
                    <Button
                      className="button button-secondary button-small"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? detailsId : undefined}
                      aria-label={t(isOpen ? 'audit.hideChangesFor' : 'audit.showChangesFor', {
                        seq: e.seq,
                      })}
                      onPress={() => toggle(e.seq)}
                    >
                      {t(isOpen ? 'audit.hideChanges' : 'audit.showChanges')}
                    </Button>
                  </td>
                </tr>
                {isOpen ? (
                  <tr id={detailsId} className="details-row">
                    <td colSpan={6}>
                      <div className="snapshots">
                        <Snapshot label={t('audit.before')} value={e.before} />
                        <Snapshot label={t('audit.after')} value={e.after} />
                      </div>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
