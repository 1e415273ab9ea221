import { TextInput } from '../../components/TextInput'

/** The four text fields an objective and a project share. */
export interface PlanItemText {
  code: string
  title: string
  description: string
  owner: string
}

/** The four texts of an item being edited, or empty ones for a new item. */
export function planItemText(item?: PlanItemText): PlanItemText {
  return {
    code: item?.code ?? '',
    title: item?.title ?? '',
    description: item?.description ?? '',
    owner: item?.owner ?? '',
  }
}

interface PlanItemTextFieldsProps {
  /** `useFieldValues().bind` of the form. */
  bind(name: keyof PlanItemText): {
    id: string
    label: string
    value: string
    onChange(value: string): void
    errors: string[]
  }
  codeHelp: string
  ownerHelp?: string
}

/** Code, title, description and owner, with the contract's limits, for plan items. */
export function PlanItemTextFields({ bind, codeHelp, ownerHelp }: PlanItemTextFieldsProps) {
  return (
    <>
      <TextInput
        {...bind('code')}
        description={codeHelp}
        isRequired
        maxLength={20}
        size="short"
        autoFocus
      />
      <TextInput {...bind('title')} isRequired maxLength={200} />
      <TextInput {...bind('description')} maxLength={4000} multiline />
      <TextInput {...bind('owner')} description={ownerHelp} maxLength={120} />
    </>
  )
}
