import { useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import type { Risk } from '../../../../shared/contract'
import { filterRisks } from '../../../../shared/domain/risk-register'
import { StatusNotice } from '../../components/Notice'
import { combineStatus, ViewMain } from '../../components/ViewMain'
import { useRisksStore } from '../../stores/risks-store'
import { CloseRiskDialog } from './CloseRiskDialog'
import { HeatMap } from './HeatMap'
import { RiskDialog } from './RiskDialog'
import { RiskFilters } from './RiskFilters'
import { RiskForm } from './RiskForm'
import { RiskHistory } from './RiskHistory'
import { RiskTable } from './RiskTable'
import { useRiskText } from './risk-text'
import './risks.css'
import './heat-map.css'
import './risk-form.css'

const NEW_BUTTON_ID = 'new-risk'

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; risk: Risk }

/** The risk register: heat map, filters and the list of risks, with their form and history. */
export function RisksView() {
  const { t } = useRiskText()
  const store = useRisksStore()
  const { status, error, risks, reference, targets, filter, rating, today } = store
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [history, setHistory] = useState<Risk | null>(null)
  const [closing, setClosing] = useState<Risk | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    void useRisksStore.getState().load()
  }, [])

  const matrices = new Map((reference?.matrices ?? []).map((m) => [m.id, m]))
  const heatMatrix = reference?.defaultMatrixId
    ? matrices.get(reference.defaultMatrixId)
    : undefined
  const shown = filterRisks(risks, filter)
  const active = risks.filter((r) => r.status !== 'closed')
  const closeEditor = () => setEditing({ mode: 'closed' })
  const done = (message: string) => {
    closeEditor()
    setNotice(message)
  }

  return (
    <ViewMain
      view="risks"
      state={combineStatus(status)}
      title={t('risks.title')}
      intro={t('risks.intro')}
      error={error}
      onRetry={() => void useRisksStore.getState().refresh()}
      actions={
        reference?.defaultMatrixId ? (
          <Button
            id={NEW_BUTTON_ID}
            className="button button-primary"
            onPress={() => {
              setNotice(null)
              setEditing({ mode: 'new' })
            }}
          >
            {t('risks.new')}
          </Button>
        ) : null
      }
    >
      <StatusNotice message={notice} />
      {!heatMatrix && risks.length === 0 ? <p className="empty">{t('risks.noMatrix')}</p> : null}
      {heatMatrix ? (
        <div className="risk-overview">
          <HeatMap
            matrix={heatMatrix}
            risks={risks.filter((r) => r.matrixItemId === heatMatrix.id)}
            filter={filter}
            rating={rating}
            onRating={store.setRating}
            onCell={(cell) => store.setFilter({ cell })}
          />
          <div className="risk-side">
            <RiskFilters
              risks={risks}
              targets={targets}
              filter={filter}
              onChange={store.setFilter}
              onClear={store.clearFilters}
            />
            <dl className="risk-stats" aria-label={t('risks.stats.label')}>
              <div>
                <dt>{t('risks.stats.active')}</dt>
                <dd>{active.length}</dd>
              </div>
              <div>
                <dt>{t('risks.stats.aboveTolerance')}</dt>
                <dd>{active.filter((r) => r.aboveTolerance).length}</dd>
              </div>
              <div>
                <dt>{t('risks.stats.reviewOverdue')}</dt>
                <dd>{active.filter((r) => r.reviewOverdue).length}</dd>
              </div>
              <div>
                <dt>{t('risks.stats.actionOverdue')}</dt>
                <dd>{active.filter((r) => r.overdueActionCount > 0).length}</dd>
              </div>
            </dl>
          </div>
        </div>
      ) : null}
      <div className="register-heading">
        <h2 id="register-heading">{t('risks.registerHeading')}</h2>
        <p className="muted" role="status" aria-live="polite">
          {t('risks.count', { count: shown.length, total: risks.length })}
        </p>
      </div>
      {risks.length === 0 ? (
        heatMatrix ? (
          <p className="empty">{t('risks.empty')}</p>
        ) : null
      ) : shown.length === 0 ? (
        <p className="empty">{t('risks.noMatch')}</p>
      ) : (
        <RiskTable
          risks={shown}
          matrices={matrices}
          onEdit={(risk) => {
            setNotice(null)
            setEditing({ mode: 'edit', risk })
          }}
          onHistory={setHistory}
        />
      )}
      {reference ? (
        <RiskDialog
          title={
            editing.mode === 'edit'
              ? t('risks.editTitle', { code: editing.risk.code })
              : t('risks.newTitle')
          }
          isOpen={editing.mode !== 'closed'}
          onClose={closeEditor}
        >
          <RiskForm
            risk={editing.mode === 'edit' ? editing.risk : undefined}
            reference={reference}
            targets={targets}
            today={today}
            onSaved={done}
            onCancel={closeEditor}
            onCloseRisk={
              editing.mode === 'edit' && editing.risk.status !== 'closed'
                ? () => {
                    const risk = editing.risk
                    closeEditor()
                    setClosing(risk)
                  }
                : undefined
            }
          />
        </RiskDialog>
      ) : null}
      <RiskDialog
        title={history ? t('risks.historyTitle', { code: history.code, title: history.title }) : ''}
        isOpen={history !== null}
        onClose={() => setHistory(null)}
      >
        {history ? (
          <>
            <RiskHistory
              riskId={history.id}
              matrix={matrices.get(history.matrixItemId)}
              today={today}
            />
            <div className="form-buttons">
              <Button className="button button-primary" onPress={() => setHistory(null)} autoFocus>
                {t('risks.historyView.done')}
              </Button>
            </div>
          </>
        ) : null}
      </RiskDialog>
      <CloseRiskDialog
        risk={closing}
        onCancel={() => setClosing(null)}
        onClosed={(message) => {
          setClosing(null)
          setNotice(message)
          window.setTimeout(() => document.getElementById(NEW_BUTTON_ID)?.focus(), 0)
        }}
      />
    </ViewMain>
  )
}
