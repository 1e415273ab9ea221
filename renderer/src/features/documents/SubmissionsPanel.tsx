import { useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { Submission } from '../../../../shared/contract'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { DataTable, type Column } from '../../components/DataTable'
import { EditDeleteButtons } from '../../components/EditDeleteButtons'
import { StatusNotice } from '../../components/Notice'
import { formatDateTime } from '../../lib/format'
import { useDocumentsStore } from '../../stores/documents-store'
import { docErrorText } from './doc-format'
import { SubmissionForm } from './SubmissionForm'

type Editing = { mode: 'list' } | { mode: 'new' } | { mode: 'edit'; submission: Submission }

const NEW_ID = 'submission-new'

/** Ministerial submissions: the list, the form, and deletion of drafts. */
export function SubmissionsPanel() {
  const { t, i18n } = useTranslation()
  const submissions = useDocumentsStore((s) => s.submissions)
  const [editing, setEditing] = useState<Editing>({ mode: 'list' })
  const [notice, setNotice] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<Submission | null>(null)
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

  const columns: Column<Submission>[] = [
    {
      id: 'title',
      header: t('documents.submissions.titleColumn'),
      rowHeader: true,
      cell: (s) => s.title,
    },
    {
      id: 'reference',
      header: t('documents.submissions.reference'),
      className: 'cell-nowrap',
      cell: (s) => s.reference,
    },
    {
      id: 'status',
      header: t('documents.submissions.status'),
      cell: (s) => (
        <span className={`badge doc-status-${s.status}`}>
          {t(`documents.submissions.statuses.${s.status}`)}
        </span>
      ),
    },
    {
      id: 'updated',
      header: t('documents.submissions.updated'),
      className: 'cell-nowrap',
      cell: (s) => formatDateTime(s.updatedAt, i18n.language),
    },
    {
      id: 'actions',
      header: t('documents.submissions.actions'),
      hideHeader: true,
      actions: true,
      cell: (s) => (
        <EditDeleteButtons
          editLabel={t('documents.submissions.edit', { title: s.title })}
          onEdit={() => open({ mode: 'edit', submission: s })}
          deleteLabel={t('documents.submissions.delete', { title: s.title })}
          onDelete={s.status === 'draft' ? () => setDeleting(s) : undefined}
        />
      ),
    },
  ]

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
        <DataTable
          rows={submissions}
          columns={columns}
          rowKey={(s) => s.id}
          rowData={(s) => ({ 'submission-id': s.id })}
          caption={t('documents.submissions.caption')}
        />
      )}
      <ConfirmDialog
        title={t('documents.submissions.deleteTitle')}
        isOpen={deleting !== null}
        question={t('documents.submissions.deleteQuestion', { title: deleting?.title ?? '' })}
        onConfirm={() => useDocumentsStore.getState().deleteSubmission(deleting!.id)}
        onClose={() => setDeleting(null)}
        onDone={() => {
          backToList(t('documents.submissions.deleted', { title: deleting?.title ?? '' }))
          setDeleting(null)
        }}
        failureText={(error) =>
          docErrorText(t, error, { conflict: t('documents.submissions.deleteRefused') })
        }
      />
    </section>
  )
}
