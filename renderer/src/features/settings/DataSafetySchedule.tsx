import { useState, type FormEvent } from 'react'
import { Input, NumberField } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { DataSafetySettings, FieldProblem } from '../../../../shared/contract'
import { ErrorSummary } from '../../components/ErrorSummary'
import { SaveFooter } from '../../components/form/SaveFooter'
import { TextInput } from '../../components/TextInput'
import { FieldFrame } from '../../components/FieldFrame'
import { checkedLocally, useFormSubmit } from '../../components/form/use-form-submit'
import { fieldId, type LabelFor } from '../../lib/problems'
import { useBackupStore } from '../../stores/backup-store'
import { backupErrorText } from './DataSafetyFormat'

const FORM = 'data-safety'
type CountKey = 'keepDaily' | 'keepWeekly' | 'keepMonthly'
// The contract's limits (shared/contract/backup.ts), checked here first so the message sits at the field.
const LIMITS: Record<CountKey, number> = { keepDaily: 366, keepWeekly: 520, keepMonthly: 240 }
const COUNTS = Object.keys(LIMITS) as CountKey[]
const FULL_PATH = /^([A-Za-z]:[\\/]|[\\/])/

type Draft = Record<CountKey, number | null> & { secondFolder: string }

function CountField(props: {
  id: string
  label: string
  value: number | null
  errors: string[]
  onChange(value: number | null): void
}) {
  return (
    <NumberField
      id={props.id}
      className="field field-short"
      value={props.value ?? Number.NaN}
      onChange={(v) => props.onChange(Number.isNaN(v) ? null : v)}
      formatOptions={{ maximumFractionDigits: 0, useGrouping: false }}
      isInvalid={props.errors.length > 0}
      validationBehavior="aria"
    >
      <FieldFrame label={props.label} errors={props.errors}>
        <Input className="input" />
      </FieldFrame>
    </NumberField>
  )
}

/** How many backups to keep and the second backup folder, saved together. */
export function DataSafetySchedule({ settings }: { settings: DataSafetySettings }) {
  const { t } = useTranslation()
  const save = useBackupStore((s) => s.saveSettings)
  const [draft, setDraft] = useState<Draft>(() => ({ ...settings }))
  const [saved, setSaved] = useState<string | null>(null)
  const labelFor: LabelFor = (path) =>
    path in LIMITS || path === 'secondFolder' ? t(`dataSafety.schedule.${path}`) : undefined
  const form = useFormSubmit(FORM, { labelFor, failureText: backupErrorText })

  function check(): FieldProblem[] {
    const found: FieldProblem[] = []
    for (const key of COUNTS) {
      const field = labelFor(key) ?? key
      const value = draft[key]
      if (value === null)
        found.push({ path: key, code: 'required', message: '', params: { field } })
      else if (value < 0)
        found.push({ path: key, code: 'too_small', message: '', params: { field, min: 0 } })
      else if (value > LIMITS[key])
        found.push({ path: key, code: 'too_big', message: '', params: { field, max: LIMITS[key] } })
    }
    const folder = draft.secondFolder.trim()
    if (folder !== '' && !FULL_PATH.test(folder))
      found.push({
        path: 'secondFolder',
        code: 'invalid',
        message: t('dataSafety.schedule.notFullPath'),
      })
    return found
  }

  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault()
    setSaved(null)
    const input = {
      keepDaily: draft.keepDaily ?? 0,
      keepWeekly: draft.keepWeekly ?? 0,
      keepMonthly: draft.keepMonthly ?? 0,
      secondFolder: draft.secondFolder.trim(),
    }
    const result = await form.submit(checkedLocally(check(), input), save)
    if (result?.ok) {
      setDraft({ ...result.value })
      setSaved(t('dataSafety.schedule.saved'))
    }
  }

  const change = (patch: Partial<Draft>) => {
    setSaved(null)
    setDraft((d) => ({ ...d, ...patch }))
  }
  const errorsFor = form.errors

  return (
    <form className="data-safety-schedule" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary {...form.summary} />
      <div className="data-safety-counts">
        {COUNTS.map((key) => (
          <CountField
            key={key}
            id={fieldId(FORM, key)}
            label={t(`dataSafety.schedule.${key}`)}
            value={draft[key]}
            errors={errorsFor(key)}
            onChange={(value) => change({ [key]: value })}
          />
        ))}
      </div>
      <TextInput
        id={fieldId(FORM, 'secondFolder')}
        label={t('dataSafety.schedule.secondFolder')}
        description={t('dataSafety.schedule.secondFolderHelp')}
        value={draft.secondFolder}
        onChange={(secondFolder) => change({ secondFolder })}
        errors={errorsFor('secondFolder')}
        maxLength={1000}
      />
      <SaveFooter label={t('dataSafety.schedule.save')} saving={form.saving} saved={saved} />
    </form>
  )
}
