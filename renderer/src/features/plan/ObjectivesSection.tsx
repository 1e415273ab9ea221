import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import type { Objective } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { selectObjectives, usePlanStore } from '../../stores/plan-store'
import { DeleteObjectiveDialog } from './DeleteObjectiveDialog'
import { ObjectiveForm } from './ObjectiveForm'
import { ObjectivesTable } from './ObjectivesTable'
import { PlanSection } from './PlanSection'

const NEW_BUTTON_ID = 'new-objective'

/** What the edit dialog is showing: nothing, a new objective, or an existing one. */
type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; objective: Objective }

/** The strategic objectives: a table with create, edit and delete. */
export function ObjectivesSection({ onNotice }: { onNotice(message: string | null): void }) {
  const { t } = useTranslation()
  const objectives = usePlanStore(useShallow(selectObjectives))
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [deleting, setDeleting] = useState<Objective | null>(null)
  const closeEditor = () => setEditing({ mode: 'closed' })

  return (
    <PlanSection
      name="objectives"
      heading={t('plan.objectivesHeading')}
      help={t('plan.objectivesHelp')}
      action={
        <Button
          id={NEW_BUTTON_ID}
          className="button button-primary"
          onPress={() => {
            onNotice(null)
            setEditing({ mode: 'new' })
          }}
        >
          {t('objectives.new')}
        </Button>
      }
    >
      <ObjectivesTable
        objectives={objectives}
        onEdit={(objective) => {
          onNotice(null)
          setEditing({ mode: 'edit', objective })
        }}
        onDelete={(objective) => {
          onNotice(null)
          setDeleting(objective)
        }}
      />
      <ModalDialog
        title={
          editing.mode === 'edit'
            ? t('objectives.editTitle', { code: editing.objective.code })
            : t('objectives.newTitle')
        }
        isOpen={editing.mode !== 'closed'}
        onClose={closeEditor}
        size="large"
      >
        <ObjectiveForm
          objective={editing.mode === 'edit' ? editing.objective : undefined}
          onCancel={closeEditor}
          onSaved={(message) => {
            closeEditor()
            onNotice(message)
          }}
        />
      </ModalDialog>
      <DeleteObjectiveDialog
        objective={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(message) => {
          setDeleting(null)
          onNotice(message)
          // The row and its button are gone: give focus a sensible place to land.
          window.setTimeout(() => document.getElementById(NEW_BUTTON_ID)?.focus(), 0)
        }}
      />
    </PlanSection>
  )
}
