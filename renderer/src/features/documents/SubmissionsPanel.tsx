import { useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { Submission } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { formatDateTime } from '../../lib/format'
import { useDocumentsStore } from '../../stores/documents-store'
import { docErrorText } from './doc-format'
import { DocError } from './DocError'
import { SubmissionForm } from './SubmissionForm'
import { TableHead } from '../../components/TableHead'

type Editing = { mode: 'list' } | { mode: 'new' } | { mode: 'edit'; submission: Submission }

const NEW_ID = 'submission-new'

/** Ministerial submissions: the list, the form, and deletion of drafts. */
export function SubmissionsPanel() {
  const { t, i18n } = useTranslation()
  const submissions = useDocumentsStore((s) => s.submissions)
  const [editing, setEditing] = useState<Editing>({ mode: 'list' })
  const [notice, setNotice] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<Submission | null>(null)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  const backToList = (message: string | null) => {
    setEditing({ mode: 'list' })
    setNotice(message)
    window.setTimeout(() => document.getElementById(NEW_ID)?.focus(), 0)
  }
  const open = (next: Editing) => {
    setNotice(null)
    setEditing(next)
    window.setTimeout(() => heading.current?.focus(), 0)
  }

  async function confirmDelete(): Promise<void> {
    if (!deleting) return
    const target = deleting
    const r = await useDocumentsStore.getState().deleteSubmission(target.id)
    if (!r.ok) {
      setDeleteError(
        docErrorText(t, r.error, { conflict: t('documents.submissions.deleteRefused') }),
      )
      return
    }
    setDeleting(null)
    backToList(t('documents.submissions.deleted', { title: target.title }))
  }

  if (editing.mode !== 'list') {
    return (
      <section className="panel" aria-labelledby="submission-form-heading">
        <h2 id="submission-form-heading" ref={heading} tabIndex={-1}>
          {editing.mode === 'edit'
            ? t('documents.form.editTitle', { title: editing.submission.title })
            : t('documents.form.newTitle')}
        </h2>
        <SubmissionForm
          submission={editing.mode === 'edit' ? editing.submission : undefined}
          onSaved={backToList}
          onCancel={() => backToList(null)}
        />
      </section>
    )
  }

  return (
    <section className="doc-submissions" aria-labelledby="doc-submissions-heading">
      <div className="doc-section-header">
        <h2 id="doc-submissions-heading">{t('documents.submissions.heading')}</h2>
        <Button id={NEW_ID} className="button button-primary" onPress={() => open({ mode: 'new' })}>
          {t('documents.submissions.new')}
        </Button>
      </div>
      <p className="section-help">{t('documents.submissions.help')}</p>
      <StatusNotice message={notice} />
      {submissions.length === 0 ? (
        <p className="empty">{t('documents.submissions.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('documents.submissions.caption')}</caption>
            <TableHead
              columns={[
                t('documents.submissions.titleColumn'),
                t('documents.submissions.reference'),
                t('documents.submissions.status'),
                t('documents.submissions.updated'),
              ]}
              actions={t('documents.submissions.actions')}
            />
            <tbody>
              {submissions.map((s) => (
                <tr key={s.id} data-submission-id={s.id}>
                  <th scope="row">{s.title}</th>
                  <td className="cell-nowrap">{s.reference}</td>
                  <td>
                    <span className={`badge doc-status-${s.status}`}>
                      {t(`documents.submissions.statuses.${s.status}`)}
                    </span>
                  </td>
                  <td className="cell-nowrap">{formatDateTime(s.updatedAt, i18n.language)}</td>
                  <td className="cell-actions">
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('documents.submissions.edit', { title: s.title })}
                      onPress={() => open({ mode: 'edit', submission: s })}
                    >
                      {t('common.edit')}
                    </Button>
                    {s.status === 'draft' ? (
                      <Button
                        className="button button-secondary button-small"
                        aria-label={t('documents.submissions.delete', { title: s.title })}
                        onPress={() => {
                          setDeleteError(null)
                          setDeleting(s)
                        }}
                      >
                        {t('common.delete')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ModalDialog
        title={t('documents.submissions.deleteTitle')}
        isOpen={deleting !== null}
        onClose={() => setDeleting(null)}
        role="alertdialog"
      >
        <p className="dialog-question">
          {t('documents.submissions.deleteQuestion', { title: deleting?.title ?? '' })}
        </p>
        <DocError message={deleteError} />
        <div className="form-buttons">
          <Button className="button button-danger" onPress={() => void confirmDelete()}>
            {t('common.delete')}
          </Button>
          <Button className="button button-secondary" onPress={() => setDeleting(null)} autoFocus>
            {t('common.cancel')}
          </Button>
        </div>
      </ModalDialog>
    </section>
  )
}
