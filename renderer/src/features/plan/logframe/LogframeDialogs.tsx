import { useTranslation } from 'react-i18next'
import type {
  PlanActivity,
  PlanData,
  PlanObjective,
  PlanResult,
} from '../../../../../shared/contract'
import { ModalDialog } from '../../../components/ModalDialog'
import { usePlanStore } from '../../../stores/plan-store'
import { ActivityForm } from '../activity/ActivityForm'
import { DeleteObjectiveDialog } from '../DeleteObjectiveDialog'
import { ObjectiveForm } from '../ObjectiveForm'
import { levelWord } from '../plan-format'
import { DeletePlanItemDialog, type DeletableItem } from './DeletePlanItemDialog'
import type { LogframeRow } from './logframe-rows'
import { controlId } from './LogframeRowView'
import { MoveDialog } from './MoveDialog'
import { ResultForm } from './ResultForm'

/** Which dialog the logframe shows. */
export type LogframeDialog =
  | { type: 'none' }
  | { type: 'objective'; objective: PlanObjective }
  | { type: 'result'; result: PlanResult }
  | { type: 'activity'; activity: PlanActivity }
  | { type: 'add'; parent: LogframeRow }
  | { type: 'moveTo'; row: LogframeRow }
  | { type: 'delete'; row: LogframeRow }

interface LogframeDialogsProps {
  plan: PlanData
  dialog: LogframeDialog
  onClose(): void
  /** A change was saved: say so, and put focus on `focusId` when given. */
  onDone(message: string, focusId?: string): void
}

/** The forms and confirmations the logframe opens, one at a time. */
export function LogframeDialogs({ plan, dialog, onClose, onDone }: LogframeDialogsProps) {
  const { t } = useTranslation()
  const store = usePlanStore()
  const edit = (kind: LogframeRow['kind'], id: number) => controlId({ kind, id }, 'edit')

  const adding = dialog.type === 'add' ? dialog.parent : null
  const childLevel =
    adding?.kind === 'objective' ? 'outcome' : adding?.kind === 'outcome' ? 'output' : 'activity'
  const result = dialog.type === 'result' ? dialog.result : undefined
  const resultOpen = result !== undefined || (adding !== null && childLevel !== 'activity')
  const activity = dialog.type === 'activity' ? dialog.activity : undefined
  const activityOpen = activity !== undefined || (adding !== null && childLevel === 'activity')

  const deleting = dialog.type === 'delete' ? dialog.row : null
  const deletable: DeletableItem | null =
    deleting && deleting.kind !== 'objective'
      ? {
          kind: deleting.kind,
          label: deleting.number,
          text: deleting.text,
          remove: () =>
            deleting.kind === 'activity'
              ? store.deleteActivity(deleting.id)
              : store.deleteResult(deleting.id),
        }
      : null

  const resultTitle = result
    ? t('plan.result.editTitle', { level: levelWord(t, result.level), number: result.number })
    : t(`plan.result.newTitle.${childLevel}`, { number: adding?.number ?? '' })

  return (
    <>
      <ModalDialog
        title={
          dialog.type === 'objective'
            ? t('objectives.editTitle', { code: dialog.objective.code })
            : ''
        }
        isOpen={dialog.type === 'objective'}
        onClose={onClose}
        size="large"
      >
        {dialog.type === 'objective' ? (
          <ObjectiveForm
            objective={dialog.objective}
            onCancel={onClose}
            onSaved={(message) => onDone(message, edit('objective', dialog.objective.id))}
          />
        ) : null}
      </ModalDialog>
      <ModalDialog title={resultTitle} isOpen={resultOpen} onClose={onClose} size="large">
        {resultOpen ? (
          <ResultForm
            level={result?.level ?? (childLevel as 'outcome' | 'output')}
            parentId={adding?.id}
            result={result}
            projects={plan.projects}
            onCancel={onClose}
            onSaved={(message, id) =>
              onDone(message, edit(result?.level ?? (childLevel as 'outcome'), id))
            }
          />
        ) : null}
      </ModalDialog>
      <ModalDialog
        title={
          activity
            ? t('plan.activity.editTitle', { number: activity.number })
            : t('plan.activity.newTitle', { number: adding?.number ?? '' })
        }
        isOpen={activityOpen}
        onClose={onClose}
        size="large"
      >
        {activityOpen ? (
          <ActivityForm
            plan={plan}
            activity={activity}
            outputId={adding?.id}
            onCancel={onClose}
            onSaved={(message, id) => onDone(message, edit('activity', id))}
          />
        ) : null}
      </ModalDialog>
      <MoveDialog
        plan={plan}
        row={dialog.type === 'moveTo' ? dialog.row : null}
        onClose={onClose}
        onMoved={(row) => {
          const now = usePlanStore.getState().data
          const number =
            (row.kind === 'activity' ? now?.activities : now?.results)?.find((x) => x.id === row.id)
              ?.number ?? ''
          onDone(
            t('plan.logframe.moved', { level: levelWord(t, row.kind), number }),
            controlId(row, 'more'),
          )
        }}
      />
      <DeletePlanItemDialog item={deletable} onClose={onClose} onDeleted={(m) => onDone(m)} />
      <DeleteObjectiveDialog
        objective={deleting?.kind === 'objective' ? (deleting.source as PlanObjective) : null}
        onClose={onClose}
        onDeleted={(m) => onDone(m)}
      />
    </>
  )
}
