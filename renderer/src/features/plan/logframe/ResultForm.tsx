import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  validateInput,
  type PlanProject,
  type PlanResult,
  type ResultLevel,
} from '../../../../../shared/contract'
import { SelectField } from '../../../components/SelectField'
import { TextInput } from '../../../components/TextInput'
import { fieldId } from '../../../lib/problems'
import { usePlanStore } from '../../../stores/plan-store'
import { planErrorsAt, planErrorText, planLabelFor, planSummaryItems } from '../plan-errors'
import { useFormSubmit } from '../../../components/form/use-form-submit'
import { FormFrame } from '../../../components/form/FormFrame'

const FORM = 'result'
/** The select's key for "no project" (react-aria keys cannot be null). */
export const NO_PROJECT = 'none'

interface ResultFormProps {
  level: ResultLevel
  /** For a new result: the objective (outcome) or outcome (output) it goes under. */
  parentId?: number
  result?: PlanResult
  projects: PlanProject[]
  onSaved(message: string, id: number): void
  onCancel(): void
}

/** Creates or edits an outcome or an output. */
export function ResultForm(props: ResultFormProps) {
  const { t } = useTranslation()
  const { createResult, updateResult } = usePlanStore()
  const { result, level } = props
  const [f, setF] = useState({
    statement: result?.statement ?? '',
    assumptions: result?.assumptions ?? '',
    owner: result?.owner ?? '',
    projectId: result?.projectId ?? null,
  })
  const { problems, failure, saving, submit } = useFormSubmit(FORM)
  const labelFor = planLabelFor(t)
  const errors = (path: string) => planErrorsAt(t, problems, labelFor, path)
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }))

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (result) {
      const input = { ...f, id: result.id, version: result.version }
      const saved = await submit(validateInput('plan:updateResult', input), () =>
        updateResult(input),
      )
      if (saved)
        props.onSaved(t(`plan.result.updated.${level}`, { number: result.number }), result.id)
    } else {
      const input = { ...f, level, parentId: props.parentId ?? 0 }
      const saved = await submit(validateInput('plan:createResult', input), () =>
        createResult(input),
      )
      if (saved?.ok) props.onSaved(t(`plan.result.created.${level}`), saved.value.id)
    }
  }

  return (
    <FormFrame
      summary={{
        message: failure ? planErrorText(t, failure) : undefined,
        items: planSummaryItems(t, problems, labelFor, FORM),
      }}
      saving={saving}
      onSubmit={onSubmit}
      onCancel={props.onCancel}
    >
      <TextInput
        id={fieldId(FORM, 'statement')}
        label={t('plan.fields.statement')}
        description={t(`plan.result.statementHelp.${level}`)}
        value={f.statement}
        onChange={(statement) => set({ statement })}
        errors={errors('statement')}
        isRequired
        maxLength={1000}
        multiline
        autoFocus
      />
      <TextInput
        id={fieldId(FORM, 'assumptions')}
        label={t('plan.fields.assumptions')}
        description={t('plan.result.assumptionsHelp')}
        value={f.assumptions}
        onChange={(assumptions) => set({ assumptions })}
        errors={errors('assumptions')}
        maxLength={4000}
        multiline
      />
      <TextInput
        id={fieldId(FORM, 'owner')}
        label={t('plan.fields.owner')}
        value={f.owner}
        onChange={(owner) => set({ owner })}
        errors={errors('owner')}
        maxLength={120}
      />
      {level === 'output' ? (
        <SelectField
          id={fieldId(FORM, 'projectId')}
          label={t('plan.fields.projectId')}
          description={t('plan.result.projectHelp')}
          options={[
            { id: NO_PROJECT, label: t('plan.noProject') },
            ...props.projects.map((p) => ({ id: String(p.id), label: `${p.code} · ${p.title}` })),
          ]}
          value={f.projectId === null ? NO_PROJECT : String(f.projectId)}
          onChange={(v) => set({ projectId: v === NO_PROJECT ? null : Number(v) })}
          errors={errors('projectId')}
        />
      ) : null}
    </FormFrame>
  )
}
