import { useRef, useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { VerifyResult } from '../../../../shared/contract'
import { useDocumentsStore } from '../../stores/documents-store'
import { fileAsBase64 } from '../../lib/packs-api'
import { docErrorText } from './doc-format'
import { DocError } from './DocError'
import { FileField } from '../../components/FileField'
import { formatDate } from '../../lib/format'

// The contract accepts up to 50 MB; anything larger cannot be one of our exports.
const MAX_BYTES = 50 * 1024 * 1024

/** The result in the reader's language, built from the facts the backend found. */
function useVerdict() {
  const { t, i18n } = useTranslation()
  return (r: VerifyResult): string => {
    if (!r.match || !r.export) return t('documents.verify.noMatchMessage')
    const e = r.export
    const first = t('documents.verify.matchMessage', {
      reference: e.reference,
      version: e.docVersion,
      by: e.exportedBy,
      date: formatDate(e.exportedAt, i18n.language),
    })
    const s = r.snapshot
    if (!s) return `${first} ${t('documents.verify.workingCopy')}`
    if (s.decisions.length === 0)
      return `${first} ${t('documents.verify.snapshotUndecided', { reference: s.reference })}`
    const decisions = s.decisions
      .map((d) =>
        t('documents.verify.decisionLine', {
          n: d.index,
          decision: t(`documents.decisions.${d.decision}`).toLocaleLowerCase(i18n.language),
          by: d.decidedBy,
          date: formatDate(d.decidedOn, i18n.language),
        }),
      )
      .join('; ')
    return `${first} ${t('documents.verify.snapshotDecided', { reference: s.reference, decisions })}`
  }
}

/** Says whether a .docx is byte for byte one Capstan exported, and what it belongs to. */
export function VerifyPanel() {
  const { t } = useTranslation()
  const verdict = useVerdict()
  const [file, setFile] = useState<File | null>(null)
  const [result, setResult] = useState<VerifyResult | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const resultBox = useRef<HTMLDivElement>(null)

  async function verify(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (!file || busy) return
    setFailure(null)
    setResult(null)
    if (file.size > MAX_BYTES) return setFailure(t('documents.verify.tooLarge'))
    setBusy(true)
    const r = await useDocumentsStore.getState().verify({
      fileName: file.name.slice(0, 255) || 'document.docx',
      dataBase64: await fileAsBase64(file),
    })
    setBusy(false)
    if (!r.ok) return setFailure(docErrorText(t, r.error))
    setResult(r.value)
    window.setTimeout(() => resultBox.current?.focus(), 0)
  }

  return (
    <section className="panel doc-verify" aria-labelledby="doc-verify-heading">
      <h2 id="doc-verify-heading">{t('documents.verify.heading')}</h2>
      <p className="section-help">{t('documents.verify.help')}</p>
      <form onSubmit={(e) => void verify(e)} noValidate className="doc-verify-form">
        <FileField
          id="doc-verify-file"
          label={t('documents.verify.file')}
          help={t('documents.verify.fileHelp')}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChoose={(chosen) => {
            setFile(chosen)
            setResult(null)
            setFailure(null)
          }}
        />
        <Button type="submit" className="button button-primary" isDisabled={!file || busy}>
          {busy ? t('documents.verify.checking') : t('documents.verify.button')}
        </Button>
      </form>
      <DocError message={failure} />
      {result ? (
        <div
          ref={resultBox}
          tabIndex={-1}
          role="status"
          className={
            result.match ? 'doc-verdict doc-verdict-match' : 'doc-verdict doc-verdict-nomatch'
          }
          data-match={result.match}
        >
          <h3>
            <span className="doc-verdict-icon" aria-hidden="true">
              {result.match ? '✓' : '!'}
            </span>
            {result.match ? t('documents.verify.matchTitle') : t('documents.verify.noMatchTitle')}
          </h3>
          <p className="doc-verdict-file">
            {t('documents.verify.chosen', { name: file?.name ?? '' })}
          </p>
          <p>{verdict(result)}</p>
          <p className="doc-verdict-sha">{t('documents.verify.fileSha', { sha: result.sha256 })}</p>
        </div>
      ) : null}
    </section>
  )
}
