import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AssessmentScale } from '../../../../shared/contract'
import { local } from './labels'

interface LevelChoiceProps {
  id: string
  label: string
  scale: AssessmentScale
  value: number | null
  onChange(value: number | null): void
  isDisabled?: boolean
  errors?: string[]
}

const NOT_SCORED = 'none'

/** One level of the framework's scale, or "not scored"; arrow keys move between levels. */
export function LevelChoice(props: LevelChoiceProps) {
  const { t } = useTranslation()
  const chosen = props.scale.levels.find((l) => l.level === props.value)
  const errors = props.errors ?? []
  return (
    <RadioGroup
      id={props.id}
      className="field radio-group na-levels"
      value={props.value === null ? NOT_SCORED : String(props.value)}
      onChange={(v) => props.onChange(v === NOT_SCORED ? null : Number(v))}
      isDisabled={props.isDisabled}
      isInvalid={errors.length > 0}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      <div className="na-level-list">
        <Radio value={NOT_SCORED} className="radio">
          <span className="radio-dot" aria-hidden="true" />
          <span className="muted">{t('assessments.scoring.notScored')}</span>
        </Radio>
        {props.scale.levels.map((l) => (
          <Radio key={l.level} value={String(l.level)} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            <span>
              <span className="na-level-number">{l.level}</span> {local(l.name)}
            </span>
          </Radio>
        ))}
      </div>
      {chosen?.descriptor && !props.isDisabled ? (
        <Text slot="description" className="field-help na-level-descriptor">
          {local(chosen.descriptor)}
        </Text>
      ) : null}
      <FieldError className="field-error">{errors.join(' ')}</FieldError>
    </RadioGroup>
  )
}
