import { useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import type { Objective } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { selectObjectives, useObjectivesStore } from '../../stores/objectives-store'
import { DeleteObjectiveDialog } from './DeleteObjectiveDialog'
import { ObjectiveForm } from './ObjectiveForm'
import { ObjectivesTable } from './ObjectivesTable'

const NEW_BUTTON_ID = 'new-objective'

/** What the edit dialog is showing: nothing, a new objective, or an existing one. */
type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; objective: Objective }

/** The plan; for now its strategic objectives. */
export function PlanView() {
  const { t } = useTranslation()
  const status = useObjectivesStore((s) => s.status)
  const error = useObjectivesStore((s) => s.error)
  const objectives = useObjectivesStore(useShallow(selectObjectives))
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [deleting, setDeleting] = useState<Objective | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    void useObjectivesStore.getState().load()
  }, [])

  const closeEditor = () => setEditing({ mode: 'closed' })
  return (
    <ViewMain
      view="plan"
      state={combineStatus(status)}
      title={t('objectives.title')}
      intro={t('objectives.intro')}
      error={error}
      onRetry={() => void useObjectivesStore.getState().refresh()}
      actions={
        <Button
          id={NEW_BUTTON_ID}
          className="button button-primary"
          onPress={() => {
            setNotice(null)
            setEditing({ mode: 'new' })
          }}
        >
          {t('objectives.new')}
        </Button>
      }
    >
      <StatusNotice message={notice} />
      <ObjectivesTable
        objectives={objectives}
        onEdit={(objective) => {
          setNotice(null)
          setEditing({ mode: 'edit', objective })
        }}
        onDelete={(objective) => {
          setNotice(null)
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
            setNotice(message)
          }}
        />
      </ModalDialog>
      <DeleteObjectiveDialog
        objective={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(message) => {
          setDeleting(null)
          setNotice(message)
          // The row and its button are gone: give focus a sensible place to land.
          window.setTimeout(() => document.getElementById(NEW_BUTTON_ID)?.focus(), 0)
        }}
      />
    </ViewMain>
  )
}
