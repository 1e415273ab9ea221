import { useEffect, useState, type FormEvent } from 'react'
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, PlanTarget } from '../../../../shared/contract'
import { ErrorSummary } from '../../components/ErrorSummary'
import { ErrorNotice } from '../../components/Notice'
import { useFormSubmit } from '../../components/form/use-form-submit'
import { useAssessmentsStore } from '../../stores/assessments-store'
import type { EntryFormProps } from './CoverageEntryItem'
import { assessmentWording } from './labels'

/** "1.2.1 Output: Targeting centre" or "SO1 (1) Objective: Faster clearance". */
function useTargetText(): (p: PlanTarget) => string {
  const { t } = useTranslation()
  return (p) =>
    t('assessments.trace.targetOption', {
      number: p.code ? `${p.code} (${p.number})` : p.number,
      level: t(`assessments.levels.${p.level}`),
      label: p.label,
    })
}

const contains = (text: string, input: string) =>
  text.toLocaleLowerCase().includes(input.trim().toLocaleLowerCase())

/** Chooses the part of the plan (objective, outcome, output, activity) that addresses an entry. */
export function LinkForm({ entry, onDone, onCancel }: EntryFormProps) {
  const { t } = useTranslation()
  const text = useTargetText()
  const [targets, setTargets] = useState<PlanTarget[] | null>(null)
  const [loadError, setLoadError] = useState<AppError | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const [missing, setMissing] = useState(false)
  const link = useAssessmentsStore((s) => s.link)
  const planTargets = useAssessmentsStore((s) => s.planTargets)
  const { summary, saving: busy, run } = useFormSubmit('link', assessmentWording(t))
  const linked = new Set(entry.links.map((l) => `${l.targetType}:${l.targetId}`))

  useEffect(() => {
    // Read afresh each time: the plan may have changed since the view loaded.
    void planTargets().then((r) => {
      if (r.ok) setTargets(r.value)
      else setLoadError(r.error)
    })
  }, [planTargets])

  function onSubmit(event: FormEvent): void {
    event.preventDefault()
    const target = targets?.find((p) => `${p.type}:${p.id}` === chosen)
    if (!target) {
      setMissing(true)
      return
    }
    setMissing(false)
    void run(() =>
      link({
        sourceType: entry.sourceType,
        sourceId: entry.sourceId,
        targetType: target.type,
        targetId: target.id,
      }),
    ).then((done) => {
      if (done?.ok) onDone(t('assessments.trace.linked', { number: done.value.number }))
    })
  }

  if (loadError) return <ErrorNotice error={loadError} />
  if (!targets)
    return (
      <p role="status" className="muted">
        {t('common.loading')}
      </p>
    )
  const available = targets.filter((p) => !linked.has(`${p.type}:${p.id}`))
  return (
    <form className="dialog-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary message={summary.message} items={summary.items} />
      <p className="na-dialog-subject">{entry.text || `${entry.itemCode}`}</p>
      {available.length === 0 ? (
        <p className="empty">{t('assessments.trace.noTargets')}</p>
      ) : (
        <ComboBox
          className="field na-combo"
          selectedKey={chosen}
          onSelectionChange={(key) => setChosen(key === null ? null : String(key))}
          defaultFilter={contains}
          menuTrigger="focus"
          isInvalid={missing}
          isRequired
          autoFocus
        >
          <Label className="field-label">{t('assessments.trace.target')}</Label>
          <Text slot="description" className="field-help">
            {t('assessments.trace.targetHelp')}
          </Text>
          <div className="na-combo-input">
            <Input className="input" />
            <Button className="na-combo-button" aria-label={t('assessments.trace.showTargets')}>
              <span aria-hidden="true">▾</span>
            </Button>
          </div>
          <FieldError className="field-error">{t('assessments.trace.chooseTarget')}</FieldError>
          <Popover className="popover na-combo-popover" placement="bottom start">
            <ListBox className="listbox" items={available}>
              {(p) => (
                <ListBoxItem
                  id={`${p.type}:${p.id}`}
                  className={`listbox-item na-target na-target-${p.level}`}
                  textValue={text(p)}
                >
                  {text(p)}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      )}
      <div className="form-buttons">
        <Button className="button button-secondary" onPress={onCancel} isDisabled={busy}>
          {t('common.cancel')}
        </Button>
        {available.length > 0 ? (
          <Button type="submit" className="button button-primary" isDisabled={busy}>
            {t('assessments.trace.link')}
          </Button>
        ) : null}
      </div>
    </form>
  )
}
