import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SnapshotSummary } from '../../../../shared/contract'
import { StatusNotice } from '../../components/Notice'
import { useDocumentsStore } from '../../stores/documents-store'
import { ExportsTable } from './ExportsTable'
import { RecordDecisionDialog } from './RecordDecisionDialog'
import { SnapshotCard } from './SnapshotCard'

/** Every export and every sign-off snapshot with its decisions; decisions are recorded here. */
export function HistoryPanel() {
  const { t } = useTranslation()
  const history = useDocumentsStore((s) => s.history)
  const [recording, setRecording] = useState<SnapshotSummary | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  return (
    <div className="doc-history">
      <StatusNotice message={notice} />
      <section aria-labelledby="doc-snapshots-heading" className="doc-section">
        <h2 id="doc-snapshots-heading">{t('documents.history.snapshotsHeading')}</h2>
        <p className="section-help">{t('documents.history.snapshotsHelp')}</p>
        {history.snapshots.length === 0 ? (
          <p className="empty">{t('documents.history.noSnapshots')}</p>
        ) : (
          history.snapshots.map((s) => (
            <SnapshotCard
              key={s.id}
              snapshot={s}
              onRecord={(snap) => {
                setNotice(null)
                setRecording(snap)
              }}
            />
          ))
        )}
      </section>
      <section aria-labelledby="doc-exports-heading" className="doc-section">
        <h2 id="doc-exports-heading">{t('documents.history.exportsHeading')}</h2>
        <ExportsTable exports={history.exports} />
      </section>
      <RecordDecisionDialog
        snapshot={recording}
        onClose={() => setRecording(null)}
        onRecorded={(message) => {
          setRecording(null)
          setNotice(message)
        }}
      />
    </div>
  )
}
