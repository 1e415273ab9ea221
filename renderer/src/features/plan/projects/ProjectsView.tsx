import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { PlanData, PlanProject } from '../../../../../shared/contract'
import { ModalDialog } from '../../../components/ModalDialog'
import { usePlanStore } from '../../../stores/plan-store'
import { DeletePlanItemDialog, type DeletableItem } from '../logframe/DeletePlanItemDialog'
import { ProjectForm } from './ProjectForm'
import { formatDate } from '../../../lib/format'
import { TableHead } from '../../../components/TableHead'

const NEW_ID = 'new-project'

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; project: PlanProject }

/** The projects that group outputs and activities, with what each holds. */
export function ProjectsView({
  plan,
  onNotice,
}: {
  plan: PlanData
  onNotice(message: string | null): void
}) {
  const { t, i18n } = useTranslation()
  const deleteProject = usePlanStore((s) => s.deleteProject)
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [deleting, setDeleting] = useState<DeletableItem | null>(null)
  const close = () => setEditing({ mode: 'closed' })
  const outputs = (id: number) => plan.results.filter((r) => r.projectId === id).length
  const activities = (id: number) => {
    const viaOutput = new Set(plan.results.filter((r) => r.projectId === id).map((r) => r.id))
    return plan.activities.filter(
      (a) => a.projectId === id || (a.projectId === null && viaOutput.has(a.outputId)),
    ).length
  }
  const dates = (p: PlanProject) =>
    p.plannedStart || p.plannedEnd
      ? `${formatDate(p.plannedStart, i18n.language) || '…'} – ${formatDate(p.plannedEnd, i18n.language) || '…'}`
      : t('common.notSet')

  return (
    <section aria-labelledby="projects-heading" className="plan-section">
      <div className="plan-heading-row">
        <h2 id="projects-heading">{t('plan.project.heading')}</h2>
        <Button
          id={NEW_ID}
          className="button button-primary"
          onPress={() => setEditing({ mode: 'new' })}
        >
          {t('plan.project.new')}
        </Button>
      </div>
      <p className="section-help">{t('plan.project.help')}</p>
      {plan.projects.length === 0 ? (
        <p className="empty">{t('plan.project.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table projects-table">
            <caption className="visually-hidden">{t('plan.project.caption')}</caption>
            <TableHead
              columns={[
                t('plan.fields.code'),
                t('plan.fields.title'),
                t('plan.fields.owner'),
                t('plan.fields.status'),
                t('plan.project.dates'),
                t('plan.project.holds'),
              ]}
              actions={t('plan.logframe.columns.actions')}
            />
            <tbody>
              {plan.projects.map((p) => (
                <tr key={p.id} data-project-id={p.id}>
                  <td className="cell-code">{p.code}</td>
                  <th scope="row" className="cell-title">
                    {p.title}
                  </th>
                  <td>{p.owner || <span className="muted">{t('common.notSet')}</span>}</td>
                  <td>
                    <span className={`badge badge-${p.status}`}>
                      {t(`plan.project.statuses.${p.status}`)}
                    </span>
                  </td>
                  <td className="cell-nowrap">{dates(p)}</td>
                  <td>
                    {t('plan.project.outputs', { count: outputs(p.id) })},{' '}
                    {t('plan.project.activities', { count: activities(p.id) })}
                  </td>
                  <td className="cell-actions">
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('plan.project.edit', { code: p.code })}
                      onPress={() => setEditing({ mode: 'edit', project: p })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('plan.project.delete', { code: p.code })}
                      onPress={() =>
                        setDeleting({
                          kind: 'project',
                          label: p.code,
                          text: p.title,
                          remove: () => deleteProject(p.id),
                        })
                      }
                    >
                      {t('common.delete')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ModalDialog
        title={
          editing.mode === 'edit'
            ? t('plan.project.editTitle', { code: editing.project.code })
            : t('plan.project.newTitle')
        }
        isOpen={editing.mode !== 'closed'}
        onClose={close}
        size="large"
      >
        <ProjectForm
          project={editing.mode === 'edit' ? editing.project : undefined}
          onCancel={close}
          onSaved={(message) => {
            close()
            onNotice(message)
          }}
        />
      </ModalDialog>
      <DeletePlanItemDialog
        item={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(message) => {
          setDeleting(null)
          onNotice(message)
          window.setTimeout(() => document.getElementById(NEW_ID)?.focus(), 0)
        }}
      />
    </section>
  )
}
