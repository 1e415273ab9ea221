import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  validateInput,
  type PlanProject,
  type PlanResult,
  type ResultLevel,
} from '../../../../../shared/contract'
import { TextInput } from '../../../components/TextInput'
import { usePlanStore } from '../../../stores/plan-store'
import { FormFrame } from '../../../components/form/FormFrame'
import { ProjectChoice } from '../ProjectChoice'
import { usePlanForm } from '../use-plan-form'

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
  const form = usePlanForm('result', {
    statement: result?.statement ?? '',
    assumptions: result?.assumptions ?? '',
    owner: result?.owner ?? '',
    projectId: result?.projectId ?? null,
  })

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (result) {
      const input = { ...form.values, id: result.id, version: result.version }
      const saved = await form.submit(validateInput('plan:updateResult', input), updateResult)
      if (saved?.ok)
        props.onSaved(t(`plan.result.updated.${level}`, { number: result.number }), result.id)
    } else {
      const input = { ...form.values, level, parentId: props.parentId ?? 0 }
      const saved = await form.submit(validateInput('plan:createResult', input), createResult)
      if (saved?.ok) props.onSaved(t(`plan.result.created.${level}`), saved.value.id)
    }
  }

  return (
    <FormFrame form={form} onSubmit={onSubmit} onCancel={props.onCancel}>
      <TextInput
        {...form.bind('statement')}
        description={t(`plan.result.statementHelp.${level}`)}
        isRequired
        maxLength={1000}
        multiline
        autoFocus
      />
      <TextInput
        {...form.bind('assumptions')}
        description={t('plan.result.assumptionsHelp')}
        maxLength={4000}
        multiline
      />
      <TextInput {...form.bind('owner')} maxLength={120} />
      {level === 'output' ? (
        <ProjectChoice
          {...form.bind('projectId')}
          description={t('plan.result.projectHelp')}
          projects={props.projects}
        />
      ) : null}
    </FormFrame>
  )
}
