import { Fragment, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type {
  IntegrityAction,
  IntegrityData,
  IntegrityFramework,
} from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { SelectField } from '../../components/SelectField'
import { useIntegrityStore } from '../../stores/integrity-store'
import { ActionForm } from './ActionForm'
import { ACTION_COLUMNS, ActionRow } from './ActionRow'
import { ConfirmDelete } from './ConfirmDelete'
import { FactorLabel } from './FactorLabel'
import { factorOption, useLocal } from './integrity-format'
import { ProgressCell } from './ProgressCell'
import { formatDate } from '../../lib/format'
import { TableHead } from '../../components/TableHead'

const ALL = 0

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; action: IntegrityAction }

/** The integrity action plan, grouped by factor with each factor's progress and overdue flags. */
export function ActionsTab({
  data,
  framework,
}: {
  data: IntegrityData
  framework: IntegrityFramework
}) {
  const { t, i18n } = useTranslation()
  const local = useLocal()
  const deleteAction = useIntegrityStore((s) => s.deleteAction)
  const [factorFilter, setFactorFilter] = useState(ALL)
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [deleting, setDeleting] = useState<IntegrityAction | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const lang = i18n.language
  const factors = framework.factors.filter((f) => factorFilter === ALL || f.id === factorFilter)

  return (
    <>
      <div className="ig-tab-toolbar">
        <SelectField
          id="action-factor-filter"
          label={t('integrity.actions.showFor')}
          options={[
            { id: ALL, label: t('integrity.actions.allFactors') },
            ...framework.factors.map((f) => ({ id: f.id, label: factorOption(f, local, t) })),
          ]}
          value={factorFilter}
          onChange={(v) => setFactorFilter(v)}
        />
        <Button
          className="button button-primary"
          onPress={() => {
            setNotice(null)
            setEditing({ mode: 'new' })
          }}
        >
          {t('integrity.actions.new')}
        </Button>
      </div>
      <StatusNotice message={notice} />
      <div className="table-wrap">
        <table className="data-table ig-actions-table" data-testid="action-plan">
          <caption className="visually-hidden">
            {t('integrity.actions.caption', { today: formatDate(data.today, lang) })}
          </caption>
          <TableHead
            columns={[
              t('integrity.fields.action'),
              t('integrity.fields.owner'),
              t('integrity.fields.dueDate'),
              t('integrity.fields.status'),
              t('integrity.columns.indicator'),
            ]}
            actions={t('integrity.columns.actions')}
          />
          <tbody>
            {factors.map((f) => {
              const mine = data.actions.filter((a) => a.factorItemId === f.id)
              const progress = data.overview.find((o) => o.factorItemId === f.id)!.progress
              return (
                <Fragment key={f.id}>
                  <tr className="ig-group-row" data-factor={f.code}>
                    <th scope="colgroup" colSpan={ACTION_COLUMNS}>
                      <span className="ig-group-heading">
                        <FactorLabel factor={f} compact />
                        <span className="ig-group-progress" data-testid={`progress-${f.code}`}>
                          <ProgressCell progress={progress} />
                          {progress.overdue > 0 ? (
                            <span className="badge ig-badge-overdue">
                              {t('integrity.overview.overdueCount', { count: progress.overdue })}
                            </span>
                          ) : null}
                        </span>
                      </span>
                    </th>
                  </tr>
                  {mine.length === 0 ? (
                    <tr>
                      <td colSpan={ACTION_COLUMNS} className="muted">
                        {t('integrity.actions.noneForFactor')}
                      </td>
                    </tr>
                  ) : null}
                  {mine.map((a) => (
                    <ActionRow
                      key={a.id}
                      action={a}
                      classifications={data.classifications}
                      onEdit={() => {
                        setNotice(null)
                        setEditing({ mode: 'edit', action: a })
                      }}
                      onDelete={() => setDeleting(a)}
                    />
                  ))}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      </div>
      <ModalDialog
        title={
          editing.mode === 'edit'
            ? t('integrity.actions.editTitle')
            : t('integrity.actions.newTitle')
        }
        isOpen={editing.mode !== 'closed'}
        onClose={() => setEditing({ mode: 'closed' })}
        size="large"
      >
        <ActionForm
          data={data}
          framework={framework}
          action={editing.mode === 'edit' ? editing.action : undefined}
          factorItemId={factorFilter === ALL ? undefined : factorFilter}
          onCancel={() => setEditing({ mode: 'closed' })}
          onSaved={(saved) => {
            setEditing({ mode: 'closed' })
            setNotice(t('integrity.actions.saved', { action: saved.action }))
          }}
        />
      </ModalDialog>
      <ConfirmDelete
        title={t('integrity.actions.deleteTitle')}
        question={
          deleting ? t('integrity.actions.deleteQuestion', { action: deleting.action }) : null
        }
        onClose={() => setDeleting(null)}
        onConfirm={() => deleteAction({ id: deleting!.id, version: deleting!.version })}
        onDeleted={() => {
          setNotice(t('integrity.actions.deleted', { action: deleting?.action ?? '' }))
          setDeleting(null)
        }}
      />
    </>
  )
}
