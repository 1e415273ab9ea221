import { useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { IndicatorActual, IndicatorSummary } from '../../../../shared/contract'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ModalDialog } from '../../components/ModalDialog'
import { ErrorNotice } from '../../components/Notice'
import { useIndicatorsStore } from '../../stores/indicators-store'
import { ActualForm } from './ActualForm'
import { ActualsTable } from './ActualsTable'
import { formatValue, periodLabel } from './indicator-format'
import { IndicatorFacts } from './IndicatorFacts'
import { IndicatorForm } from './IndicatorForm'
import { RagBadge, TrendArrow } from './RagBadge'
import { TrendChart } from './TrendChart'
import { hrefFor } from './use-indicator-route'

/** What the values dialog shows: nothing, a new value, or a correction. */
type ValueDialog = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; actual: IndicatorActual }

const RECORD_BUTTON_ID = 'record-value'

interface IndicatorDetailPageProps {
  id: number
  summary?: IndicatorSummary
  /** Shows a confirmation in the view's one status line. */
  onNotice(message: string | null): void
}

/** One indicator: status, trend chart, recorded values and what it measures. */
export function IndicatorDetailPage({
  id,
  summary,
  onNotice: setNotice,
}: IndicatorDetailPageProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const entry = useIndicatorsStore((s) => s.details[id])
  const { loadDetail, remove, removeActual } = useIndicatorsStore()
  const [valueDialog, setValueDialog] = useState<ValueDialog>({ mode: 'closed' })
  const [editing, setEditing] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [deletingActual, setDeletingActual] = useState<IndicatorActual | null>(null)

  useEffect(() => {
    void loadDetail(id)
  }, [id, loadDetail])

  if (!entry || entry.status === 'loading' || entry.status === 'idle')
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    )
  if (entry.status === 'error' || !entry.detail)
    return (
      <>
        <ErrorNotice error={entry.error} onRetry={() => void loadDetail(id)} />
        <p>
          <a href={hrefFor({ page: 'list' })}>{t('indicators.backToList')}</a>
        </p>
      </>
    )
  const detail = entry.detail
  const { indicator } = detail
  const latest = summary?.latest ?? null
  const closeValue = () => setValueDialog({ mode: 'closed' })
  const saved = (message: string) => {
    setNotice(message)
    closeValue()
  }

  return (
    <div className="indicator-detail" data-indicator-id={indicator.id}>
      <p className="back-link">
        <a href={hrefFor({ page: 'list' })}>{t('indicators.backToList')}</a>
      </p>
      <h2 className="detail-title">
        <span className="detail-code">{indicator.code}</span> {indicator.name}
      </h2>
      <div className="detail-bar">
        <div className="detail-status" aria-label={t('indicators.latestStatus')} role="group">
          <RagBadge rag={summary?.status ?? 'grey'} />
          {latest ? (
            <span>
              {t('indicators.latestLine', {
                value: formatValue(latest.value, indicator.unit, lang),
                period: periodLabel(t, latest.period, lang),
                planned: formatValue(latest.planned, indicator.unit, lang),
              })}
            </span>
          ) : (
            <span className="muted">{t('indicators.noValue')}</span>
          )}
          <TrendArrow trend={summary?.trend ?? null} />
        </div>
        <div className="detail-actions">
          <Button
            id={RECORD_BUTTON_ID}
            className="button button-primary"
            onPress={() => {
              setNotice(null)
              setValueDialog({ mode: 'new' })
            }}
          >
            {t('indicators.actuals.record')}
          </Button>
          <Button className="button button-secondary" onPress={() => setEditing(true)}>
            {t('indicators.edit')}
          </Button>
          <Button className="button button-secondary" onPress={() => setDeleting(true)}>
            {t('indicators.delete')}
          </Button>
        </div>
      </div>
      <section aria-labelledby="trend-heading" className="detail-section">
        <h3 id="trend-heading">{t('indicators.chart.heading')}</h3>
        <TrendChart detail={detail} />
      </section>
      <section aria-labelledby="actuals-heading" className="detail-section">
        <h3 id="actuals-heading">
          {t('indicators.actuals.heading', { count: detail.actuals.length })}
        </h3>
        <ActualsTable
          indicator={indicator}
          actuals={detail.actuals}
          onEdit={(actual) => {
            setNotice(null)
            setValueDialog({ mode: 'edit', actual })
          }}
          onDelete={(actual) => {
            setNotice(null)
            setDeletingActual(actual)
          }}
        />
      </section>
      <section aria-labelledby="facts-heading" className="detail-section">
        <h3 id="facts-heading">{t('indicators.facts.heading')}</h3>
        <IndicatorFacts indicator={indicator} />
      </section>

      <ModalDialog
        title={
          valueDialog.mode === 'edit'
            ? t('indicators.actuals.editTitle', {
                code: indicator.code,
                period: periodLabel(t, valueDialog.actual.period, lang),
              })
            : t('indicators.actuals.newTitle', { code: indicator.code })
        }
        isOpen={valueDialog.mode !== 'closed'}
        onClose={closeValue}
        size="large"
      >
        <ActualForm
          detail={detail}
          actual={valueDialog.mode === 'edit' ? valueDialog.actual : undefined}
          onCancel={closeValue}
          onSaved={saved}
        />
      </ModalDialog>
      <ModalDialog
        title={t('indicators.editTitle', { code: indicator.code })}
        isOpen={editing}
        onClose={() => setEditing(false)}
        size="large"
      >
        <IndicatorForm
          indicator={indicator}
          onCancel={() => setEditing(false)}
          onSaved={(message) => {
            setEditing(false)
            setNotice(message)
          }}
        />
      </ModalDialog>
      <ConfirmDialog
        title={t('indicators.deleteTitle')}
        isOpen={deleting}
        question={t('indicators.deleteQuestion', { code: indicator.code, name: indicator.name })}
        onClose={() => setDeleting(false)}
        onConfirm={() => remove({ id: indicator.id, version: indicator.version })}
        onDone={() => {
          setDeleting(false)
          window.location.hash = hrefFor({ page: 'list' })
        }}
      >
        <p>{t('indicators.deleteExplanation', { count: detail.actuals.length })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        title={t('indicators.actuals.deleteTitle')}
        isOpen={deletingActual !== null}
        question={t('indicators.actuals.deleteQuestion', {
          period: deletingActual ? periodLabel(t, deletingActual.period, lang) : '',
          value: deletingActual ? formatValue(deletingActual.value, indicator.unit, lang) : '',
        })}
        onClose={() => setDeletingActual(null)}
        onConfirm={() => removeActual({ id: deletingActual!.id, version: deletingActual!.version })}
        onDone={() => {
          const period = deletingActual ? periodLabel(t, deletingActual.period, lang) : ''
          setDeletingActual(null)
          setNotice(t('indicators.actuals.deleted', { period }))
          window.setTimeout(() => document.getElementById(RECORD_BUTTON_ID)?.focus(), 0)
        }}
      >
        <p>{t('indicators.actuals.deleteExplanation')}</p>
      </ConfirmDialog>
    </div>
  )
}
