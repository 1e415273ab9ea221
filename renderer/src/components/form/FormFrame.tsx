import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary, type SummaryItem } from '../ErrorSummary'
import { FormFooter } from './FormFooter'
import { useUnsavedGuard } from './use-unsaved-guard'

/** What the frame shows of the save cycle: `useFormSubmit()` gives both. */
interface FormState {
  /** Every problem at once. */
  summary: { message?: string; items: SummaryItem[] }
  saving: boolean
}

type FormFrameProps = (FormState | { form: FormState }) & {
  /** Called with the submit event (its default is already prevented). */
  onSubmit(event: FormEvent): void | Promise<void>
  onCancel(): void
  submitLabel?: string
  /** A further action at the start of the footer. */
  footerStart?: ReactNode
  className?: string
  children: ReactNode
}

/**
 * The frame of every form: the summary of problems on top, the fields, Save and Cancel with a
 * busy state, and a guard that warns before typed changes are discarded by Escape, a navigation
 * link or closing the window. A form is "changed" from the first keystroke or choice in it.
 */
export function FormFrame(props: FormFrameProps) {
  const { t } = useTranslation()
  const [dirty, setDirty] = useState(false)
  const warned = useUnsavedGuard(dirty)
  const wasSaving = useRef(false)
  const { summary, saving } = 'form' in props ? props.form : props
  const clean = !summary.message && summary.items.length === 0

  useEffect(() => {
    // A save that ended without a problem leaves nothing unsaved (forms that stay open).
    if (wasSaving.current && !saving && clean) setDirty(false)
    wasSaving.current = saving
  }, [saving, clean])

  function onSubmit(event: FormEvent): void {
    event.preventDefault()
    void props.onSubmit(event)
  }

  return (
    <form
      className={props.className ?? 'dialog-form'}
      onSubmit={onSubmit}
      onInput={() => setDirty(true)}
      onChange={() => setDirty(true)}
      noValidate
    >
      <ErrorSummary message={summary.message} items={summary.items} />
      {warned ? (
        <p className="notice notice-warning unsaved-warning" role="alert">
          {t('common.unsavedWarning')}
        </p>
      ) : null}
      {props.children}
      <FormFooter
        saving={saving}
        onCancel={props.onCancel}
        submitLabel={props.submitLabel}
        start={props.footerStart}
      />
    </form>
  )
}
