import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  AppError,
  PlanActivity,
  PlanData,
  PlanObjective,
  PlanResult,
} from '../../../../../shared/contract'
import { usePlanStore } from '../../../stores/plan-store'
import { PlanErrorNotice } from '../plan-errors'
import { levelWord } from '../plan-format'
import { LogframeDialogs, type LogframeDialog } from './LogframeDialogs'
import { logframeRows, type LogframeDepth, type LogframeRow } from './logframe-rows'
import { LogframeBody } from './LogframeBody'
import { controlId, type RowAction } from './LogframeRowView'
import { TableHead } from '../../../components/TableHead'
import { RadioChoice } from '../../../components/RadioChoice'
import { PlanSection } from '../PlanSection'

interface LogframeViewProps {
  plan: PlanData
  onNotice(message: string | null): void
}

const DEPTHS: LogframeDepth[] = ['outcome', 'output', 'activity']

// Focus a control once the renumbered plan is on screen; a disabled one (at an edge) hands over.
const focusLater = (id: string, fallback?: string) =>
  window.setTimeout(() => {
    const el = document.getElementById(id)
    if (el && !el.hasAttribute('disabled')) el.focus()
    else if (fallback) document.getElementById(fallback)?.focus()
  }, 0)

/** The logframe: impact, objectives, outcomes, outputs and activities, numbered, with moves. */
export function LogframeView({ plan, onNotice }: LogframeViewProps) {
  const { t } = useTranslation()
  const move = usePlanStore((s) => s.move)
  const [depth, setDepth] = useState<LogframeDepth>('activity')
  const [collapsed, setCollapsed] = useState<Set<number>>(() => new Set())
  const [dialog, setDialog] = useState<LogframeDialog>({ type: 'none' })
  const [failure, setFailure] = useState<AppError | null>(null)
  const rows = useMemo(() => logframeRows(plan, depth, collapsed), [plan, depth, collapsed])

  const onAction = useCallback(
    async (row: LogframeRow, action: RowAction) => {
      onNotice(null)
      setFailure(null)
      if (action === 'toggle') {
        setCollapsed((c) => {
          const next = new Set(c)
          if (next.has(row.id)) next.delete(row.id)
          else next.add(row.id)
          return next
        })
        return
      }
      if (action === 'up' || action === 'down') {
        const result = await move({
          kind: row.kind,
          id: row.id,
          version: row.version,
          direction: action,
        })
        if (!result.ok) {
          setFailure(result.error)
          return
        }
        const now = usePlanStore.getState().data
        const number = numberOf(now, row)
        onNotice(t('plan.logframe.moved', { level: levelWord(t, row.kind), number }))
        // Keep the keyboard where it was; at the new edge that button is disabled, so use the other.
        focusLater(controlId(row, action), controlId(row, action === 'up' ? 'down' : 'up'))
        return
      }
      if (action === 'edit') setDialog(editDialog(row))
      else if (action === 'add') setDialog({ type: 'add', parent: row })
      else if (action === 'moveTo') setDialog({ type: 'moveTo', row })
      else if (action === 'delete') setDialog({ type: 'delete', row })
    },
    [move, onNotice, t],
  )
  // Stable, so rows that did not change are not drawn again.
  const handle = useCallback((r: LogframeRow, a: RowAction) => void onAction(r, a), [onAction])

  return (
    <PlanSection
      name="logframe"
      heading={t('plan.logframe.heading')}
      help={t('plan.logframe.help')}
      action={
        <RadioChoice
          className="lf-depth"
          label={t('plan.logframe.show')}
          options={DEPTHS.map((d) => ({ id: d, label: t(`plan.logframe.showLevels.${d}`) }))}
          value={depth}
          onChange={setDepth}
        />
      }
    >
      <PlanErrorNotice t={t} error={failure} />
      {plan.objectives.length === 0 ? (
        <p className="empty">{t('plan.logframe.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table logframe-table">
            <caption className="visually-hidden">{t('plan.logframe.caption')}</caption>
            <colgroup>
              <col className="lf-col-number" />
              <col />
              <col className="lf-col-assumptions" />
              <col className="lf-col-owner" />
              <col className="lf-col-actions" />
            </colgroup>
            <TableHead
              columns={[
                t('plan.logframe.columns.number'),
                t('plan.logframe.columns.statement'),
                t('plan.logframe.columns.assumptions'),
                t('plan.logframe.columns.owner'),
              ]}
              actions={t('plan.logframe.columns.actions')}
            />
            <LogframeBody
              rows={rows}
              collapsed={collapsed}
              onAction={handle}
              impact={
                <tr className="lf-row lf-impact">
                  <td className="cell-code lf-number" />
                  <th scope="row" className="lf-statement">
                    <span className="lf-level">{t('plan.levels.impact')}</span>
                    <span className="lf-text">
                      {plan.header.impact || (
                        <span className="muted">{t('plan.logframe.impactMissing')}</span>
                      )}
                    </span>
                  </th>
                  <td className="lf-assumptions">{plan.header.impactAssumptions}</td>
                  <td />
                  <td />
                </tr>
              }
            />
          </table>
        </div>
      )}
      <LogframeDialogs
        plan={plan}
        dialog={dialog}
        onClose={() => setDialog({ type: 'none' })}
        onDone={(message, focusId) => {
          setDialog({ type: 'none' })
          onNotice(message)
          if (focusId) focusLater(focusId)
        }}
      />
    </PlanSection>
  )
}

function numberOf(plan: PlanData | null, row: LogframeRow): string {
  if (!plan) return row.number
  if (row.kind === 'objective') return plan.objectives.find((o) => o.id === row.id)?.number ?? ''
  if (row.kind === 'activity') return plan.activities.find((a) => a.id === row.id)?.number ?? ''
  return plan.results.find((r) => r.id === row.id)?.number ?? ''
}

function editDialog(row: LogframeRow): LogframeDialog {
  if (row.kind === 'objective') return { type: 'objective', objective: row.source as PlanObjective }
  if (row.kind === 'activity') return { type: 'activity', activity: row.source as PlanActivity }
  return { type: 'result', result: row.source as PlanResult }
}
