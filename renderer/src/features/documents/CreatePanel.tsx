import { useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { optionsInput, useDocumentsStore } from '../../stores/documents-store'
import { useSettingsStore } from '../../stores/settings-store'
import { docErrorText } from './doc-format'
import { DocError } from './DocError'
import { DocumentChooser } from './DocumentChooser'
import { ExportResult } from './ExportResult'
import { OutlinePreview } from './OutlinePreview'

type Busy = 'preview' | 'export' | 'signoff' | null

/** "Create a document": the choices, the outline preview, and the file just written. */
export function CreatePanel() {
  const { t } = useTranslation()
  const outline = useDocumentsStore((s) => s.outline)
  const result = useDocumentsStore((s) => s.result)
  const settings = useSettingsStore((s) => s.settings)
  const [busy, setBusy] = useState<Busy>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const outlineHeading = useRef<HTMLHeadingElement>(null)
  const resultHeading = useRef<HTMLHeadingElement>(null)
  const labelFor = (path: string) =>
    path === 'classification' || path === 'language' || path === 'paper' || path === 'kind'
      ? t(`documents.chooser.${path}`)
      : undefined

  function input() {
    const store = useDocumentsStore.getState()
    const options = store.options
    return optionsInput({
      ...options,
      classification: options.classification ?? settings?.classifications[0] ?? null,
    })
  }

  // Focus follows the new content so a screen-reader user hears what appeared.
  const focusSoon = (target: { current: HTMLElement | null }) =>
    window.setTimeout(() => target.current?.focus(), 0)

  async function preview(): Promise<void> {
    if (busy) return
    setFailure(null)
    setBusy('preview')
    const r = await useDocumentsStore.getState().readOutline(input())
    setBusy(null)
    if (!r.ok) {
      setFailure(docErrorText(t, r.error, { labelFor }))
      return
    }
    useDocumentsStore.getState().setOutline(r.value)
    focusSoon(outlineHeading)
  }

  async function write(signoff: boolean): Promise<void> {
    if (busy) return
    setFailure(null)
    setBusy(signoff ? 'signoff' : 'export')
    const store = useDocumentsStore.getState()
    if (signoff) {
      const r = await store.prepareSignoff(input())
      setBusy(null)
      if (!r.ok) return setFailure(docErrorText(t, r.error, { labelFor }))
      store.setResult({ export: r.value.export, snapshot: r.value.snapshot })
    } else {
      const r = await store.exportDocument(input())
      setBusy(null)
      if (!r.ok) return setFailure(docErrorText(t, r.error, { labelFor }))
      store.setResult({ export: r.value, snapshot: null })
    }
    focusSoon(resultHeading)
  }

  return (
    <div className="doc-create">
      <section className="panel doc-choose" aria-labelledby="doc-choose-heading">
        <h2 id="doc-choose-heading">{t('documents.chooser.heading')}</h2>
        <DocumentChooser />
        <div className="doc-actions">
          <Button
            className="button button-secondary"
            isDisabled={busy !== null}
            onPress={() => void preview()}
          >
            {t('documents.chooser.preview')}
          </Button>
          <Button
            className="button button-primary"
            isDisabled={busy !== null}
            onPress={() => void write(false)}
          >
            {t('documents.chooser.export')}
          </Button>
          <Button
            className="button button-secondary"
            isDisabled={busy !== null}
            aria-describedby="doc-signoff-help"
            onPress={() => void write(true)}
          >
            {t('documents.chooser.signoff')}
          </Button>
        </div>
        <p id="doc-signoff-help" className="section-help doc-signoff-help">
          {t('documents.chooser.signoffHelp')}
        </p>
        <p className="muted" role="status">
          {busy === 'preview'
            ? t('documents.chooser.previewing')
            : busy
              ? t('documents.chooser.working')
              : ''}
        </p>
        <DocError message={failure} />
      </section>
      {outline || result ? (
        <div className="doc-output">
          {outline ? <OutlinePreview outline={outline} headingRef={outlineHeading} /> : null}
          {result ? <ExportResult result={result} headingRef={resultHeading} /> : null}
        </div>
      ) : null}
    </div>
  )
}
