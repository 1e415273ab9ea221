import { useTranslation } from 'react-i18next'
import type { PlanProject } from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'

/** The select's key for "no project" (react-aria keys cannot be null). */
const NO_PROJECT = 'none'

interface ProjectChoiceProps {
  id: string
  label: string
  projects: PlanProject[]
  value: number | null
  onChange(value: number | null): void
  errors: string[]
  description?: string
  /** The words for "no project of its own", e.g. "Same as its output (P-01)". */
  noneLabel?: string
}

/** The project an output or an activity belongs to, or none. */
export function ProjectChoice({
  projects,
  value,
  onChange,
  noneLabel,
  ...field
}: ProjectChoiceProps) {
  const { t } = useTranslation()
  return (
    <SelectField
      {...field}
      options={[
        { id: NO_PROJECT, label: noneLabel ?? t('plan.noProject') },
        ...projects.map((p) => ({ id: String(p.id), label: `${p.code} · ${p.title}` })),
      ]}
      value={value === null ? NO_PROJECT : String(value)}
      onChange={(v) => onChange(v === NO_PROJECT ? null : Number(v))}
    />
  )
}
