import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { StatusNotice } from '../Notice'

interface SaveFooterProps {
  /** The button's words, e.g. "Save profile". */
  label: string
  saving: boolean
  /** Said once the save went through ("Settings saved."); null while nothing new is saved. */
  saved: string | null
}

/**
 * The foot of a form that stays open after saving (a settings page): one Save button, and a
 * polite status that says "Saving…" and then that it was saved.
 */
export function SaveFooter({ label, saving, saved }: SaveFooterProps) {
  const { t } = useTranslation()
  return (
    <>
      <div className="form-buttons">
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {label}
        </Button>
      </div>
      <StatusNotice message={saving ? t('common.saving') : saved} />
    </>
  )
}
