import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AssessmentItemView, RecommendationView } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { useAssessmentsStore } from '../../stores/assessments-store'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { LinkList } from './LinkList'
import { RecommendationForm } from './RecommendationForm'

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; rec: RecommendationView }

/** The recommendations of one item: a list with add, edit and delete. */
export function RecommendationsPanel({
  item,
  onNotice,
}: {
  item: AssessmentItemView
  onNotice(message: string): void
}) {
  const { t } = useTranslation()
  const deleteRecommendation = useAssessmentsStore((s) => s.deleteRecommendation)
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [deleting, setDeleting] = useState<RecommendationView | null>(null)
  const close = () => setEditing({ mode: 'closed' })
  const headingId = `recs-${item.id}`

  return (
    <section className="na-recs" aria-labelledby={headingId}>
      <div className="na-section-header">
        <h4 id={headingId}>
          {t('assessments.recs.heading', { count: item.recommendations.length })}
        </h4>
        <Button
          className="button button-secondary button-small"
          onPress={() => setEditing({ mode: 'new' })}
        >
          {t('assessments.recs.add')}
        </Button>
      </div>
      {item.recommendations.length === 0 ? (
        <p className="muted">{t('assessments.recs.none')}</p>
      ) : (
        <ol className="na-rec-list">
          {item.recommendations.map((r, i) => (
            <li key={r.id} className="na-rec" data-recommendation-id={r.id}>
              <p className="na-rec-text">{r.text}</p>
              <p className="na-rec-meta">
                <span className={`na-badge na-priority-${r.priority}`}>
                  {t(`assessments.priorityBadge.${r.priority}`)}
                </span>
                <span>{t(`assessments.horizons.${r.horizon}`)}</span>
                {r.responsibleUnit ? <span>{r.responsibleUnit}</span> : null}
                <span>
                  {t('assessments.recs.acceptedShort', {
                    value: t(`assessments.acceptances.${r.accepted}`),
                  })}
                </span>
              </p>
              <LinkList links={r.links} />
              {r.deferredReason && r.links.length === 0 ? (
                <p className="muted">
                  {t('assessments.trace.deferredBecause', { reason: r.deferredReason })}
                </p>
              ) : null}
              <div className="na-row-actions">
                <Button
                  className="button button-secondary button-small"
                  aria-label={t('assessments.recs.editAction', { n: i + 1 })}
                  onPress={() => setEditing({ mode: 'edit', rec: r })}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  className="button button-secondary button-small"
                  aria-label={t('assessments.recs.deleteAction', { n: i + 1 })}
                  onPress={() => setDeleting(r)}
                >
                  {t('common.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <ModalDialog
        title={
          editing.mode === 'edit'
            ? t('assessments.recs.editTitle', { code: item.code })
            : t('assessments.recs.newTitle', { code: item.code })
        }
        isOpen={editing.mode !== 'closed'}
        onClose={close}
        size="large"
      >
        <RecommendationForm
          assessmentItemId={item.id}
          recommendation={editing.mode === 'edit' ? editing.rec : undefined}
          onCancel={close}
          onSaved={(message) => {
            close()
            onNotice(message)
          }}
        />
      </ModalDialog>
      <ConfirmDialog
        title={t('assessments.recs.deleteTitle')}
        isOpen={deleting !== null}
        confirmLabel={t('common.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleteRecommendation({ id: deleting!.id, version: deleting!.version })}
        onDone={() => {
          setDeleting(null)
          onNotice(t('assessments.recs.deleted'))
        }}
      >
        <p className="dialog-question">{deleting?.text}</p>
        <p>{t('assessments.recs.deleteExplanation')}</p>
      </ConfirmDialog>
    </section>
  )
}
