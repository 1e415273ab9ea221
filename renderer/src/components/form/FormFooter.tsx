import type { ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'

interface FormFooterProps {
  saving: boolean
  onCancel(): void
  /** The submit button's words when "Save" would say less (e.g. "Record decision"). */
  submitLabel?: string
  /** A further action at the start of the row (e.g. "Close risk"). */
  start?: ReactNode
}

/** Cancel and Save at the foot of every form, with a polite "Saving…" while it waits. */
export function FormFooter({ saving, onCancel, submitLabel, start }: FormFooterProps) {
  const { t } = useTranslation()
  return (
    <>
      <div className="form-buttons">
        {start}
        <Button className="button button-secondary" onPress={onCancel} isDisabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {submitLabel ?? t('common.save')}
        </Button>
      </div>
      {saving ? (
        <p role="status" className="muted">
          {t('common.saving')}
        </p>
      ) : null}
    </>
  )
}
