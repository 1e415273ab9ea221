import { useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useDocumentsStore } from '../../stores/documents-store'
import { fileAsBase64 } from '../../lib/packs-api'
import { errorText } from '../../lib/problems'
// The file input looks like the one in Documents > Verify.
import '../documents/documents-records.css'
import { FilePicker } from '../../components/FilePicker'

const MAX_LOGO_BYTES = 1024 * 1024

/** The logo printed on document covers: choose a PNG or JPEG, or remove it. */
export function LogoField() {
  const { t } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(logo: File | null): Promise<void> {
    setMessage(null)
    if (logo && logo.size > MAX_LOGO_BYTES) {
      setMessage({ text: t('documents.logo.tooLarge'), failed: true })
      return
    }
    setBusy(true)
    const r = await useDocumentsStore
      .getState()
      .setLogo(
        logo
          ? { fileName: logo.name.slice(0, 255) || 'logo', dataBase64: await fileAsBase64(logo) }
          : null,
      )
    setBusy(false)
    if (r.ok) {
      setMessage({
        text: t(logo ? 'documents.logo.saved' : 'documents.logo.removed'),
        failed: false,
      })
      return
    }
    // The backend names the two ways a logo can be refused; say them in the reader's language.
    const problem = r.error.details?.find((p) => p.path === 'dataBase64')
    const text =
      problem?.code === 'too_long'
        ? t('documents.logo.tooLarge')
        : problem
          ? t('documents.logo.notImage')
          : errorText(t, r.error)
    setMessage({ text, failed: true })
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault()
    if (file && !busy) void send(file)
  }

  return (
    <form className="logo-field" onSubmit={onSubmit} noValidate>
      <p className="section-help">{t('documents.logo.help')}</p>
      <div className="field">
        <label className="field-label" htmlFor="settings-logo-file">
          {t('documents.logo.file')}
        </label>
        <FilePicker
          id="settings-logo-file"
          accept="image/png,image/jpeg"
          onChoose={(chosen) => {
            setFile(chosen)
            setMessage(null)
          }}
        />
      </div>
      <div className="form-buttons">
        <Button type="submit" className="button button-primary" isDisabled={!file || busy}>
          {t('documents.logo.use')}
        </Button>
        <Button
          className="button button-secondary"
          isDisabled={busy}
          onPress={() => void send(null)}
        >
          {t('documents.logo.remove')}
        </Button>
      </div>
      <p
        role={message?.failed ? 'alert' : 'status'}
        className={
          message
            ? message.failed
              ? 'notice notice-error'
              : 'notice notice-success'
            : 'visually-hidden'
        }
      >
        {busy ? t('documents.logo.saving') : (message?.text ?? '')}
      </p>
    </form>
  )
}
