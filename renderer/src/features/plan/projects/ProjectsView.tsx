import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { PlanData, PlanProject } from '../../../../../shared/contract'
import { ModalDialog } from '../../../components/ModalDialog'
import { usePlanStore } from '../../../stores/plan-store'
import { DeletePlanItemDialog, type DeletableItem } from '../logframe/DeletePlanItemDialog'
import { ProjectForm } from './ProjectForm'
import { formatDate } from '../../../lib/format'
import { PlanItemTable } from '../PlanItemTable'
import { PlanSection } from '../PlanSection'

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
    <PlanSection
      name="projects"
      heading={t('plan.project.heading')}
      help={t('plan.project.help')}
      action={
        <Button
          id={NEW_ID}
          className="button button-primary"
          onPress={() => setEditing({ mode: 'new' })}
        >
          {t('plan.project.new')}
        </Button>
      }
    >
      <PlanItemTable
        items={plan.projects}
        header={(column) =>
          column === 'actions' ? t('plan.logframe.columns.actions') : t(`plan.fields.${column}`)
        }
        statusLabel={(status) => t(`plan.project.statuses.${status}`)}
        more={[
          { id: 'dates', header: t('plan.project.dates'), className: 'cell-nowrap', cell: dates },
          {
            id: 'holds',
            header: t('plan.project.holds'),
            cell: (p) =>
              `${t('plan.project.outputs', { count: outputs(p.id) })}, ${t('plan.project.activities', { count: activities(p.id) })}`,
          },
        ]}
        caption={t('plan.project.caption')}
        empty={t('plan.project.empty')}
        className="projects-table"
        rowData={(p) => ({ 'project-id': p.id })}
        editLabel={(p) => t('plan.project.edit', { code: p.code })}
        onEdit={(project) => setEditing({ mode: 'edit', project })}
        deleteLabel={(p) => t('plan.project.delete', { code: p.code })}
        onDelete={(p) =>
          setDeleting({
            kind: 'project',
            label: p.code,
            text: p.title,
            remove: () => deleteProject(p.id),
          })
        }
      />
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
    </PlanSection>
  )
}
