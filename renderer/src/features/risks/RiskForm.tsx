import { useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { FormFrame } from '../../components/form/FormFrame'
import { draftBinder } from '../../components/form/draft-binder'
import {
  checkedLocally,
  problemWording,
  useFormSubmit,
} from '../../components/form/use-form-submit'
import {
  validateInput,
  type FieldProblem,
  type Risk,
  type RiskReference,
  type RiskTarget,
} from '../../../../shared/contract'
import { type LabelFor } from '../../lib/problems'
import { useRisksStore } from '../../stores/risks-store'
import {
  applyTemplate,
  draftFromRisk,
  emptyDraft,
  ratingsChanged,
  toCreateInput,
  toUpdateInput,
  type RiskDraft,
} from './risk-draft'
import type { SectionProps } from './risk-form-props'
import { riskProblemText, useRiskText } from './risk-text'
import { RiskActionsEditor } from './RiskActionsEditor'
import { RiskDescriptionFields } from './RiskDescriptionFields'
import { RiskIntegrityFields, RiskLinkFields } from './RiskLinkFields'
import { RiskRatingFields } from './RiskRatingFields'

const FORM = 'risk'

interface RiskFormProps {
  /** The risk being edited, or undefined for a new one. */
  risk?: Risk
  reference: RiskReference
  targets: RiskTarget[]
  today: string
  onSaved(message: string): void
  onCancel(): void
  /** Offered for a risk that is not closed yet. */
  onCloseRisk?(): void
}

/** Adds or edits a risk; shown inside a dialog. */
export function RiskForm({
  risk,
  reference,
  targets,
  today,
  onSaved,
  onCancel,
  onCloseRisk,
}: RiskFormProps) {
  const { t, language } = useRiskText()
  const { create, update } = useRisksStore()
  const [draft, setDraft] = useState<RiskDraft>(() =>
    risk ? draftFromRisk(risk, today) : emptyDraft(today, reference.defaultMatrixId),
  )

  const labelFor: LabelFor = (path) => {
    const parts = path.split('.')
    if (parts[0] === 'actions' && parts.length === 3) {
      return t('risks.form.actions.fieldOf', {
        field: t(`risks.form.actions.${parts[2] === 'dueDate' ? 'due' : parts[2]}`),
        n: Number(parts[1]) + 1,
      })
    }
    const key = `risks.form.fields.${parts[0]}`
    const label = t(key)
    return label === key ? undefined : label
  }
  const form = useFormSubmit(FORM, { labelFor, ...problemWording(riskProblemText) })
  const set = (patch: Partial<RiskDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const matrix = reference.matrices.find((m) => m.id === draft.matrixItemId)

  const section: SectionProps = {
    form: FORM,
    draft,
    set,
    errors: form.errors,
    bind: draftBinder(draft, set, form, (name) => t(`risks.form.fields.${name}`)),
    reference,
    targets,
    matrix,
    risk,
    isNew: !risk,
    today,
    onTemplate: (id) =>
      setDraft((d) =>
        applyTemplate(
          d,
          reference.catalogue.find((c) => c.id === id),
          language,
        ),
      ),
  }

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const checked = risk
      ? validateInput('risks:update', toUpdateInput(draft, risk))
      : validateInput('risks:create', toCreateInput(draft))
    const local: FieldProblem[] = checked.ok ? [] : (checked.error.details ?? [])
    if (risk && ratingsChanged(draft, risk) && !draft.ratingReason.trim()) {
      local.push({
        path: 'ratingReason',
        code: 'required',
        message: 'Reason for re-rating is required when a likelihood or impact changes.',
        params: { rule: 'required' },
      })
    }
    const result = await form.submit(checkedLocally(local, null), () =>
      risk ? update(toUpdateInput(draft, risk)) : create(toCreateInput(draft)),
    )
    if (result?.ok) {
      const v = result.value
      const rerated = risk && v.ratings.length > (risk.ratingCount ?? 0)
      const key = !risk ? 'risks.created' : rerated ? 'risks.rerated' : 'risks.updated'
      onSaved(t(key, { code: v.code, count: v.ratings.length }))
    }
  }

  return (
    <FormFrame
      className="dialog-form risk-form"
      form={form}
      onSubmit={onSubmit}
      onCancel={onCancel}
      footerStart={
        onCloseRisk ? (
          <Button
            className="button button-secondary form-buttons-start"
            onPress={onCloseRisk}
            isDisabled={form.saving}
          >
            {t('risks.closeRiskButton')}
          </Button>
        ) : null
      }
    >
      <RiskDescriptionFields {...section} />
      <RiskLinkFields {...section} />
      <RiskRatingFields {...section} />
      <RiskActionsEditor {...section} />
      <RiskIntegrityFields {...section} />
    </FormFrame>
  )
}
