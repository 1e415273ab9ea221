import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { SnapshotSummary } from '../../../../shared/contract'
import { formatDate, formatDateTime } from '../../lib/format'
import { shortSha } from './doc-format'
import { TableHead } from '../../components/TableHead'

/** Indices (1-based) of the decisions sought that have no recorded decision yet. */
export const pendingDecisions = (s: SnapshotSummary): number[] =>
  s.decisionsSought
    .map((_, i) => i + 1)
    .filter((index) => !s.decisions.some((d) => d.index === index))

/** One frozen state prepared for sign-off: what was asked, what was decided, and by whom. */
export function SnapshotCard({
  snapshot,
  onRecord,
}: {
  snapshot: SnapshotSummary
  onRecord(snapshot: SnapshotSummary): void
}) {
  const { t, i18n } = useTranslation()
  const headingId = `snapshot-${snapshot.id}-heading`
  const pending = pendingDecisions(snapshot)
  return (
    <article
      className={snapshot.isBaseline ? 'doc-snapshot doc-snapshot-baseline' : 'doc-snapshot'}
      aria-labelledby={headingId}
      data-snapshot={snapshot.reference}
    >
      <div className="doc-snapshot-top">
        <h3 id={headingId}>
          {snapshot.reference} — {snapshot.title}
        </h3>
        {snapshot.isBaseline ? (
          <span className="badge doc-badge-baseline">{t('documents.history.baseline')}</span>
        ) : null}
      </div>
      <p className="doc-snapshot-meta">
        <span>{t(`documents.kinds.${snapshot.kind}`)}</span>
        <span>
          {t('documents.history.prepared', {
            date: formatDateTime(snapshot.createdAt, i18n.language),
            by: snapshot.createdBy,
          })}
        </span>
        <span>
          {t('documents.history.fingerprint', { fingerprint: shortSha(snapshot.fingerprint) })}
        </span>
      </p>
      {snapshot.isBaseline ? (
        <p className="section-help">{t('documents.history.baselineHelp')}</p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table doc-decisions">
          <caption className="visually-hidden">
            {t('documents.history.decisionsCaption', { reference: snapshot.reference })}
          </caption>
          <TableHead
            columns={[
              t('documents.history.sought'),
              t('documents.history.decision'),
              t('documents.history.decidedBy'),
              t('documents.history.decidedOn'),
              t('documents.history.comments'),
            ]}
          />
          <tbody>
            {snapshot.decisionsSought.map((sought, i) => {
              const d = snapshot.decisions.find((x) => x.index === i + 1)
              return (
                <tr key={i}>
                  <th scope="row">
                    {i + 1}. {sought}
                  </th>
                  {d ? (
                    <>
                      <td>
                        <span className={`badge doc-decision-${d.decision}`}>
                          {t(`documents.decisions.${d.decision}`)}
                        </span>
                      </td>
                      <td>{d.decidedBy}</td>
                      <td className="cell-nowrap">{formatDate(d.decidedOn, i18n.language)}</td>
                      <td>{d.comments}</td>
                    </>
                  ) : (
                    <td colSpan={4} className="muted">
                      {t('documents.history.pending')}
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {pending.length > 0 ? (
        <Button
          className="button button-primary"
          aria-label={t('documents.history.recordFor', { reference: snapshot.reference })}
          onPress={() => onRecord(snapshot)}
        >
          {t('documents.history.recordDecision')}
        </Button>
      ) : null}
    </article>
  )
}
