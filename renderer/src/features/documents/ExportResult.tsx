import { useState, type RefObject } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { DocumentResult } from '../../stores/documents-store'
import { shortSha } from './doc-format'
import { SaveExportButton } from './SaveExportButton'

/** What was just written: reference, version, SHA-256, snapshot, and the button to save it. */
export function ExportResult({
  result,
  headingRef,
  headingId = 'doc-result-heading',
}: {
  result: DocumentResult
  headingRef?: RefObject<HTMLHeadingElement | null>
  headingId?: string
}) {
  const { t } = useTranslation()
  const [showFull, setShowFull] = useState(false)
  const e = result.export
  const fullId = `${headingId}-sha`
  return (
    <section className="panel doc-result" aria-labelledby={headingId} data-export-id={e.id}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {result.snapshot ? t('documents.result.prepared') : t('documents.result.exported')}
      </h2>
      <dl className="summary-list doc-result-list">
        <dt>{t('documents.result.reference')}</dt>
        <dd data-testid="result-reference">{e.reference}</dd>
        <dt>{t('documents.result.version')}</dt>
        <dd data-testid="result-version">{e.docVersion}</dd>
        <dt>{t('documents.result.file')}</dt>
        <dd className="path">{e.fileName}</dd>
        <dt>{t('documents.result.sha256')}</dt>
        <dd>
          <code className="doc-sha" title={e.sha256}>
            {t('documents.result.sha256Short', { short: shortSha(e.sha256) })}
          </code>{' '}
          <Button
            className="button button-secondary button-small"
            aria-expanded={showFull}
            aria-controls={showFull ? fullId : undefined}
            onPress={() => setShowFull((v) => !v)}
          >
            {showFull ? t('documents.result.hideFull') : t('documents.result.showFull')}
          </Button>
          {showFull ? (
            <span id={fullId} className="doc-sha-full">
              <span className="visually-hidden">{t('documents.result.fullLabel')}: </span>
              <code data-testid="result-sha256">{e.sha256}</code>
            </span>
          ) : null}
        </dd>
        <dt>{t('documents.result.snapshot')}</dt>
        <dd data-testid="result-snapshot">
          {result.snapshot ? result.snapshot.reference : t('documents.result.noSnapshot')}
        </dd>
        {result.snapshot ? (
          <>
            <dt>{t('documents.result.fingerprint')}</dt>
            <dd>
              <code className="doc-sha">{shortSha(result.snapshot.fingerprint)}</code>
            </dd>
          </>
        ) : null}
        {e.excludedRecords > 0 ? (
          <>
            <dt>{t('documents.result.leftOut')}</dt>
            <dd>
              {t('documents.result.excluded', {
                count: e.excludedRecords,
                classification: e.classification,
              })}
            </dd>
          </>
        ) : null}
      </dl>
      <SaveExportButton record={e} />
      {result.snapshot ? <p className="section-help">{t('documents.result.nextStep')}</p> : null}
    </section>
  )
}
