import { useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { ChangeEntry } from '../../../../shared/contract'
import { optionsInput, useDocumentsStore } from '../../stores/documents-store'
import { useSettingsStore } from '../../stores/settings-store'
import { docErrorText } from './doc-format'
import { DocError } from './DocError'
import { ExportResult } from './ExportResult'
import { formatDate } from '../../lib/format'

const AREAS: ChangeEntry['area'][] = ['objective', 'activity', 'indicator', 'risk']

function ChangeItem({ entry }: { entry: ChangeEntry }) {
  const { t } = useTranslation()
  return (
    <li className={`doc-change doc-change-${entry.change}`} data-change={entry.change}>
      <div className="doc-change-top">
        <span className={`badge doc-change-badge-${entry.change}`}>
          {t(`documents.changes.kinds.${entry.change}`)}
        </span>
        <span className="doc-change-label">{entry.label}</span>
      </div>
      {entry.details.length > 0 ? (
        <ul className="doc-change-details">
          {entry.details.map((d, i) => (
            <li key={`${i}-${d}`}>{d}</li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}

/** What changed since the plan was approved, by area, and its Word report. */
export function ChangesPanel() {
  const { t, i18n } = useTranslation()
  const report = useDocumentsStore((s) => s.changes)
  const exported = useDocumentsStore((s) => s.changesExport)
  const markings = useSettingsStore((s) => s.settings?.classifications ?? [])
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const resultHeading = useRef<HTMLHeadingElement>(null)

  async function exportWord(): Promise<void> {
    if (busy) return
    setFailure(null)
    setBusy(true)
    const options = useDocumentsStore.getState().options
    const r = await useDocumentsStore
      .getState()
      .exportDocument(
        optionsInput(
          { ...options, classification: options.classification ?? markings[0] ?? null },
          'changes',
        ),
      )
    setBusy(false)
    if (!r.ok) return setFailure(docErrorText(t, r.error))
    useDocumentsStore.getState().setChangesExport(r.value)
    window.setTimeout(() => resultHeading.current?.focus(), 0)
  }

  if (!report) return null
  const baseline = report.baseline
  return (
    <div className="doc-changes">
      <section className="panel" aria-labelledby="doc-changes-heading">
        <h2 id="doc-changes-heading">{t('documents.changes.heading')}</h2>
        <p className="section-help">{t('documents.changes.help')}</p>
        {baseline ? (
          <p className="doc-changes-since">
            {t('documents.changes.since', {
              reference: baseline.reference,
              date: formatDate(baseline.createdAt, i18n.language),
            })}{' '}
            <strong data-testid="changes-count">
              {t('documents.changes.count', { count: report.entries.length })}
            </strong>
          </p>
        ) : (
          <p className="empty">{t('documents.changes.noBaseline')}</p>
        )}
        {baseline && report.entries.length === 0 ? (
          <p className="empty">{t('documents.changes.none')}</p>
        ) : null}
        {AREAS.map((area) => {
          const entries = report.entries.filter((e) => e.area === area)
          if (entries.length === 0) return null
          return (
            <section key={area} className="doc-change-group" aria-labelledby={`changes-${area}`}>
              <h3 id={`changes-${area}`}>
                {t(`documents.changes.areas.${area}`)}{' '}
                <span className="muted">({entries.length})</span>
              </h3>
              <ul className="doc-change-list">
                {entries.map((e) => (
                  <ChangeItem key={`${e.area}-${e.key}-${e.change}`} entry={e} />
                ))}
              </ul>
            </section>
          )
        })}
        <div className="doc-actions">
          <Button
            className="button button-primary"
            isDisabled={busy}
            aria-describedby="doc-changes-export-help"
            onPress={() => void exportWord()}
          >
            {t('documents.changes.export')}
          </Button>
        </div>
        <p id="doc-changes-export-help" className="section-help">
          {t('documents.changes.exportHelp')}
        </p>
        <p className="muted" role="status">
          {busy ? t('documents.chooser.working') : ''}
        </p>
        <DocError message={failure} />
      </section>
      {exported ? (
        <ExportResult
          result={{ export: exported, snapshot: null }}
          headingRef={resultHeading}
          headingId="doc-changes-result-heading"
        />
      ) : null}
    </div>
  )
}
