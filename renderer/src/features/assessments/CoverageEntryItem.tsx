import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { CoverageEntry } from '../../../../shared/contract'
import { assessmentsHash } from './assessments-route'
import { local } from './labels'
import { useLinkText } from './LinkList'

/** What the user can do with an entry. */
export type CoverageAction =
  | { kind: 'link' | 'defer' | 'objective'; entry: CoverageEntry }
  | { kind: 'unlink'; entry: CoverageEntry; linkId: number; text: string }
  | { kind: 'undefer'; entry: CoverageEntry }

/** The props of a form that acts on one entry in a dialog (link, defer, new objective). */
export interface EntryFormProps {
  entry: CoverageEntry
  onDone(message: string): void
  onCancel(): void
}

type EntryActionKind = 'link' | 'defer' | 'objective' | 'undefer'

const entryKey = (e: CoverageEntry) => `${e.sourceType}-${e.sourceId}`

/** One accepted recommendation or high-priority gap, its status and what can be done with it. */
export function CoverageEntryItem({
  entry,
  onAction,
}: {
  entry: CoverageEntry
  onAction(action: CoverageAction): void
}) {
  const { t } = useTranslation()
  const linkText = useLinkText()
  const headingId = `coverage-${entryKey(entry)}`
  const act = (kind: EntryActionKind) => onAction({ kind, entry })
  // Linking is always offered; the rest depend on where the entry stands.
  const actions: [EntryActionKind, string][] = [['link', t('assessments.trace.linkAction')]]
  if (entry.status === 'not_covered') {
    actions.push(['objective', t(`assessments.trace.objectiveAction.${entry.sourceType}`)])
    actions.push(['defer', t('assessments.trace.deferAction')])
  }
  if (entry.status === 'deferred') actions.push(['undefer', t('assessments.trace.undeferAction')])
  const open = assessmentsHash({
    tab: 'list',
    assessmentId: entry.assessmentId,
    section: 'scoring',
  })
  return (
    <li
      className={`na-coverage-entry na-coverage-${entry.status}`}
      data-status={entry.status}
      data-source={entryKey(entry)}
    >
      <div className="na-coverage-top">
        <span className={`na-badge na-status-badge-${entry.status}`}>
          {t(`assessments.coverage.status.${entry.status}`)}
        </span>
        <span className="na-coverage-kind">
          {t(`assessments.coverage.kind.${entry.sourceType}`)}
        </span>
        {entry.priority === 'high' ? (
          <span className="na-badge na-priority-high">{t('assessments.priorityBadge.high')}</span>
        ) : null}
        {entry.gap !== null && entry.gap > 0 ? (
          <span className="na-coverage-gap">
            {t('assessments.coverage.gapLine', {
              current: entry.current,
              target: entry.target,
              gap: entry.gap,
            })}
          </span>
        ) : null}
      </div>
      <h4 id={headingId} className="na-coverage-title">
        {entry.text || t('assessments.coverage.gapTitle', { item: local(entry.itemTitle) })}
      </h4>
      <p className="na-coverage-meta">
        <a href={open}>
          <span className="na-item-code">{entry.itemCode}</span> {local(entry.itemTitle)}
        </a>
        <span>{entry.assessmentTitle}</span>
        {entry.horizon ? <span>{t(`assessments.horizons.${entry.horizon}`)}</span> : null}
        {entry.accepted ? (
          <span>
            {t('assessments.recs.acceptedShort', {
              value: t(`assessments.acceptances.${entry.accepted}`),
            })}
          </span>
        ) : null}
        {entry.responsibleUnit ? <span>{entry.responsibleUnit}</span> : null}
      </p>
      {entry.links.length > 0 ? (
        <ul className="na-link-list">
          {entry.links.map((l) => (
            <li key={l.id}>
              <span>
                {linkText(l)}
                {l.sourceType !== entry.sourceType ? (
                  <span className="muted"> {t('assessments.coverage.viaRecommendation')}</span>
                ) : null}
              </span>
              <Button
                className="button button-secondary button-small"
                aria-label={t('assessments.trace.unlinkAction', { number: l.number })}
                aria-describedby={headingId}
                onPress={() => onAction({ kind: 'unlink', entry, linkId: l.id, text: linkText(l) })}
              >
                {t('assessments.trace.unlink')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {entry.status === 'deferred' ? (
        <p className="na-deferred-reason">
          <strong>{t('assessments.coverage.reason')}</strong> {entry.deferredReason}
        </p>
      ) : null}
      <div className="na-row-actions">
        {actions.map(([kind, label]) => (
          <Button
            key={kind}
            className="button button-secondary button-small"
            aria-describedby={headingId}
            onPress={() => act(kind)}
          >
            {label}
          </Button>
        ))}
      </div>
    </li>
  )
}
