import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'

/** Cancel and Save at the foot of a plan form, with a polite "Saving…" while it waits. */
export function FormButtons({ saving, onCancel }: { saving: boolean; onCancel(): void }) {
  const { t } = useTranslation()
  return (
    <>
      <div className="form-buttons">
        <Button className="button button-secondary" onPress={onCancel} isDisabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {t('common.save')}
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
