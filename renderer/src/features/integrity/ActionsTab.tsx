import { Fragment, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { IntegrityAction } from '../../../../shared/contract'
import { StatusNotice } from '../../components/Notice'
import { SelectField } from '../../components/SelectField'
import { useIntegrityStore } from '../../stores/integrity-store'
import { ActionForm } from './ActionForm'
import { ACTION_COLUMNS, ActionRow } from './ActionRow'
import { FactorGroupRow } from './FactorTable'
import { factorOption, useLocal, type IntegrityTabProps } from './integrity-format'
import { OverdueBadge, ProgressCell } from './ProgressCell'
import { RecordDialogs, useRecordDialogs } from './RecordDialogs'
import { formatDate } from '../../lib/format'
import { TableHead } from '../../components/TableHead'

const ALL = 0

/** The integrity action plan, grouped by factor with each factor's progress and overdue flags. */
export function ActionsTab({ data, framework }: IntegrityTabProps) {
  const { t, i18n } = useTranslation()
  const local = useLocal()
  const deleteAction = useIntegrityStore((s) => s.deleteAction)
  const [factorFilter, setFactorFilter] = useState(ALL)
  const dialogs = useRecordDialogs<IntegrityAction>()
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
        <Button className="button button-primary" onPress={dialogs.startNew}>
          {t('integrity.actions.new')}
        </Button>
      </div>
      <StatusNotice message={dialogs.notice} />
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
                  <FactorGroupRow factor={f} span={ACTION_COLUMNS}>
                    <span className="ig-group-progress" data-testid={`progress-${f.code}`}>
                      <ProgressCell progress={progress} />
                      {progress.overdue > 0 ? <OverdueBadge count={progress.overdue} /> : null}
                    </span>
                  </FactorGroupRow>
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
                      onEdit={() => dialogs.startEdit(a)}
                      onDelete={() => dialogs.askDelete(a)}
                    />
                  ))}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      </div>
      <RecordDialogs
        state={dialogs}
        newTitle={t('integrity.actions.newTitle')}
        editTitle={t('integrity.actions.editTitle')}
        deleteTitle={t('integrity.actions.deleteTitle')}
        deleteQuestion={(a) => t('integrity.actions.deleteQuestion', { action: a.action })}
        onDelete={(a) => deleteAction({ id: a.id, version: a.version })}
        deletedNotice={(a) => t('integrity.actions.deleted', { action: a.action })}
      >
        <ActionForm
          data={data}
          framework={framework}
          action={dialogs.edited}
          factorItemId={factorFilter === ALL ? undefined : factorFilter}
          onCancel={dialogs.close}
          onSaved={(saved) => dialogs.saved(t('integrity.actions.saved', { action: saved.action }))}
        />
      </RecordDialogs>
    </>
  )
}
