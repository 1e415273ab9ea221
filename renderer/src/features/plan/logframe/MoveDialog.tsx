import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, PlanData } from '../../../../../shared/contract'
import { ModalDialog } from '../../../components/ModalDialog'
import { SelectField } from '../../../components/SelectField'
import { usePlanStore } from '../../../stores/plan-store'
import { PlanErrorNotice } from '../plan-errors'
import { levelWord } from '../plan-format'
import type { LogframeRow } from './logframe-rows'

interface MoveDialogProps {
  plan: PlanData
  row: LogframeRow | null
  onClose(): void
  onMoved(row: LogframeRow, parentId: number): void
}

/** The places of the right level an item can move to, in logframe order, its own left out. */
function targets(plan: PlanData, row: LogframeRow): { id: string; label: string }[] {
  const src = row.source as { objectiveId?: number; parentId?: number | null; outputId?: number }
  if (row.kind === 'outcome') {
    return plan.objectives
      .filter((o) => o.id !== src.objectiveId)
      .map((o) => ({ id: String(o.id), label: `${o.number} · ${o.code} ${o.title}` }))
  }
  const level = row.kind === 'output' ? 'outcome' : 'output'
  const current = row.kind === 'output' ? src.parentId : src.outputId
  return plan.results
    .filter((r) => r.level === level && r.id !== current)
    .map((r) => ({ id: String(r.id), label: `${r.number} · ${r.statement}` }))
}

/** Moves an outcome, output or activity under another parent of the right level. */
export function MoveDialog({ plan, row, onClose, onMoved }: MoveDialogProps) {
  const { t } = useTranslation()
  const reparent = usePlanStore((s) => s.reparent)
  const [target, setTarget] = useState<string | null>(null)
  const [failure, setFailure] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const options = row ? targets(plan, row) : []

  function close(): void {
    setTarget(null)
    setFailure(null)
    onClose()
  }

  async function move(): Promise<void> {
    if (!row || busy || target === null || row.kind === 'objective') return
    setBusy(true)
    const parentId = Number(target)
    const result = await reparent({ kind: row.kind, id: row.id, version: row.version, parentId })
    setBusy(false)
    if (!result.ok) {
      setFailure(result.error)
      return
    }
    setTarget(null)
    setFailure(null)
    onMoved(row, parentId)
  }

  const names = row ? { level: levelWord(t, row.kind), number: row.number } : {}
  return (
    <ModalDialog title={t('plan.move.title', names)} isOpen={row !== null} onClose={close}>
      {row ? (
        <>
          <p>{t('plan.move.help')}</p>
          {options.length === 0 ? (
            <p className="muted">{t('plan.move.noTargets')}</p>
          ) : (
            <SelectField
              id="move-target"
              label={t(`plan.move.target.${row.kind}`)}
              options={options}
              value={target}
              onChange={(v) => setTarget(String(v))}
            />
          )}
          <PlanErrorNotice t={t} error={failure} />
          <div className="form-buttons">
            <Button className="button button-secondary" onPress={close} isDisabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button
              className="button button-primary"
              onPress={() => void move()}
              isDisabled={busy || target === null}
            >
              {t('plan.move.submit')}
            </Button>
          </div>
        </>
      ) : null}
    </ModalDialog>
  )
}
