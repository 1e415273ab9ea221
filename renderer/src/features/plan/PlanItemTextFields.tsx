import { useTranslation } from 'react-i18next'
import { TextInput } from '../../components/TextInput'
import { fieldId } from '../../lib/problems'

/** The four text fields an objective and a project share. */
export interface PlanItemText {
  code: string
  title: string
  description: string
  owner: string
}

interface PlanItemTextFieldsProps {
  form: string
  values: PlanItemText
  onChange(patch: Partial<PlanItemText>): void
  errors(path: keyof PlanItemText): string[]
  /** Translation key prefix of the field labels, e.g. "plan.fields". */
  labels: string
  codeHelp: string
  ownerHelp?: string
}

/** Code, title, description and owner, with the contract's limits, for plan items. */
export function PlanItemTextFields({
  form,
  values,
  onChange,
  errors,
  labels,
  codeHelp,
  ownerHelp,
}: PlanItemTextFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <TextInput
        id={fieldId(form, 'code')}
        label={t(`${labels}.code`)}
        description={codeHelp}
        value={values.code}
        onChange={(code) => onChange({ code })}
        errors={errors('code')}
        isRequired
        maxLength={20}
        size="short"
        autoFocus
      />
      <TextInput
        id={fieldId(form, 'title')}
        label={t(`${labels}.title`)}
        value={values.title}
        onChange={(title) => onChange({ title })}
        errors={errors('title')}
        isRequired
        maxLength={200}
      />
      <TextInput
        id={fieldId(form, 'description')}
        label={t(`${labels}.description`)}
        value={values.description}
        onChange={(description) => onChange({ description })}
        errors={errors('description')}
        maxLength={4000}
        multiline
      />
      <TextInput
        id={fieldId(form, 'owner')}
        label={t(`${labels}.owner`)}
        description={ownerHelp}
        value={values.owner}
        onChange={(owner) => onChange({ owner })}
        errors={errors('owner')}
        maxLength={120}
      />
    </>
  )
}
