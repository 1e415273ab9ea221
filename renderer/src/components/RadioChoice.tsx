import { Label, Radio, RadioGroup, Text } from 'react-aria-components'

interface RadioChoiceProps<V extends string> {
  /** Left out when `labelledBy` names a heading that already says what is chosen. */
  label?: string
  labelledBy?: string
  options: { id: V; label: string; lang?: string }[]
  value: V
  onChange(value: NoInfer<V>): void
  description?: string
  isDisabled?: boolean
  className?: string
}

/** One choice among a few, side by side (react-aria RadioGroup): a zoom, a depth, a language. */
export function RadioChoice<V extends string>(props: RadioChoiceProps<V>) {
  return (
    <RadioGroup
      className={props.className ? `field radio-group ${props.className}` : 'field radio-group'}
      value={props.value}
      onChange={(v) => props.onChange(v as V)}
      isDisabled={props.isDisabled}
      orientation="horizontal"
      aria-labelledby={props.labelledBy}
    >
      {props.label ? <Label className="field-label">{props.label}</Label> : null}
      {props.description ? (
        <Text slot="description" className="field-help">
          {props.description}
        </Text>
      ) : null}
      <div className="radio-list">
        {props.options.map((o) => (
          <Radio key={o.id} value={o.id} className="radio" lang={o.lang}>
            <span className="radio-dot" aria-hidden="true" />
            {o.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  )
}
