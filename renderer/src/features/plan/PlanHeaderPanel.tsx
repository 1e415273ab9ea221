import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { PlanHeader } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { PlanHeaderForm } from './PlanHeaderForm'
import { formatDate } from '../../lib/format'

interface PlanHeaderPanelProps {
  header: PlanHeader
  onSaved(message: string): void
}

/** The top of the plan as a reader sees it, with one button to edit it. */
export function PlanHeaderPanel({ header, onSaved }: PlanHeaderPanelProps) {
  const { t, i18n } = useTranslation()
  const [editing, setEditing] = useState(false)
  const value = (text: string) =>
    text ? (
      <dd className="plan-prose">{text}</dd>
    ) : (
      <dd className="muted">{t('plan.header.empty')}</dd>
    )
  const period =
    header.periodStart && header.periodEnd
      ? t('plan.header.periodValue', {
          start: formatDate(header.periodStart, i18n.language),
          end: formatDate(header.periodEnd, i18n.language),
        })
      : t('plan.header.noPeriod')
  return (
    <section className="panel plan-header" aria-labelledby="plan-header-heading">
      <div className="plan-heading-row">
        <h2 id="plan-header-heading">{t('plan.header.heading')}</h2>
        <Button className="button button-secondary" onPress={() => setEditing(true)}>
          {t('plan.header.edit')}
        </Button>
      </div>
      <dl className="plan-header-list">
        <div>
          <dt>{t('plan.fields.vision')}</dt>
          {value(header.vision)}
        </div>
        <div>
          <dt>{t('plan.fields.mission')}</dt>
          {value(header.mission)}
        </div>
        <div>
          <dt>{t('plan.fields.impact')}</dt>
          {value(header.impact)}
        </div>
        <div>
          <dt>{t('plan.fields.impactAssumptions')}</dt>
          {value(header.impactAssumptions)}
        </div>
        <div>
          <dt>{t('plan.header.period')}</dt>
          <dd data-testid="plan-period">{period}</dd>
        </div>
      </dl>
      <ModalDialog
        title={t('plan.header.editTitle')}
        isOpen={editing}
        onClose={() => setEditing(false)}
        size="large"
      >
        <PlanHeaderForm
          header={header}
          onCancel={() => setEditing(false)}
          onSaved={(message) => {
            setEditing(false)
            onSaved(message)
          }}
        />
      </ModalDialog>
    </section>
  )
}
