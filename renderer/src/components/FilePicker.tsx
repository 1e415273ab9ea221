import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import '../styles/file-picker.css'

/**
 * A file input whose button and "no file chosen" text follow the interface language (a native
 * input speaks the browser's). The real input stays the labelled, focusable control; the
 * visible button only forwards a click to it.
 */
export function FilePicker({
  id,
  accept,
  describedBy,
  showName = true,
  onChoose,
}: {
  id: string
  accept: string
  describedBy?: string
  /** False when the form shows the chosen file itself. */
  showName?: boolean
  onChoose(file: File | null): void
}) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [name, setName] = useState<string | null>(null)
  return (
    <span className="file-picker">
      <input
        ref={input}
        id={id}
        className="visually-hidden file-picker-input"
        type="file"
        accept={accept}
        aria-describedby={describedBy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0] ?? null
          setName(file?.name ?? null)
          onChoose(file)
        }}
      />
      <button
        type="button"
        className="button button-secondary file-picker-button"
        tabIndex={-1}
        aria-hidden="true"
        onClick={() => input.current?.click()}
      >
        {t('common.chooseFile')}
      </button>
      {showName ? (
        <span className="file-picker-name" aria-hidden="true">
          {name ?? t('common.noFileChosen')}
        </span>
      ) : null}
    </span>
  )
}
