import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { PlanHeader } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { PlanHeaderForm } from './PlanHeaderForm'
import { formatDate } from '../../lib/format'
import { PlanSection } from './PlanSection'

/** The header's texts, in the order a reader takes them. */
const TEXTS = ['vision', 'mission', 'impact', 'impactAssumptions'] as const

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
    <PlanSection
      name="plan-header"
      heading={t('plan.header.heading')}
      className="panel plan-header"
      action={
        <Button className="button button-secondary" onPress={() => setEditing(true)}>
          {t('plan.header.edit')}
        </Button>
      }
    >
      <dl className="plan-header-list">
        {TEXTS.map((key) => (
          <div key={key}>
            <dt>{t(`plan.fields.${key}`)}</dt>
            {value(header[key])}
          </div>
        ))}
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
    </PlanSection>
  )
}
