import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, PackImportResult } from '../../../../shared/contract'
import { useLocalText } from './pack-format'
import { ProblemList } from './WizardSteps'

/** How an import ended: applied (or nothing to do), or refused with the reason. */
export type ImportOutcome =
  { kind: 'done'; result: PackImportResult } | { kind: 'failed'; error: AppError }

/** The last step of the import wizard. */
export function ImportResult({
  outcome,
  busy,
  onClose,
  onReviewConflicts,
  onConfirmArchive,
}: {
  outcome: ImportOutcome
  busy: boolean
  onClose(): void
  onReviewConflicts(): void
  /** Imports again with the user's confirmation to archive many items. */
  onConfirmArchive(): void
}) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const closeButton = (
    <Button className="button button-secondary" onPress={onClose} isDisabled={busy}>
      {t('packs.wizard.close')}
    </Button>
  )
  if (outcome.kind === 'failed') {
    const e = outcome.error
    // Someone else changed the pack meanwhile and the upgrade now archives many items: ask.
    const ask = e.code === 'confirmation_required'
    return (
      <>
        <div className={`notice ${ask ? 'notice-archive' : 'notice-error'}`} role="alert">
          <p>
            <strong>
              {ask ? t('packs.wizard.confirmRequired') : t('packs.wizard.importFailed')}
            </strong>
          </p>
          <p>{e.message}</p>
        </div>
        {e.details?.length ? <ProblemList problems={e.details} /> : null}
        <div className="form-buttons">
          {closeButton}
          {ask ? (
            <Button className="button button-primary" onPress={onConfirmArchive} isDisabled={busy}>
              {busy ? t('packs.wizard.importing') : t('packs.wizard.confirmAndImport')}
            </Button>
          ) : null}
        </div>
      </>
    )
  }
  const r = outcome.result
  const title = tx(r.pack.title)
  const conflicts = r.applied ? r.conflicts.length : 0
  return (
    <>
      <div className={`notice ${r.applied ? 'notice-success' : 'notice-info'}`} role="status">
        <p>
          <strong>
            {!r.applied
              ? t('packs.wizard.notApplied')
              : r.status === 'upgrade'
                ? t('packs.wizard.upgraded', { title, version: r.pack.version })
                : t('packs.wizard.installed', { title, version: r.pack.version })}
          </strong>
        </p>
        <p>{r.message}</p>
      </div>
      {conflicts > 0 ? <p>{t('packs.wizard.conflictsAfter', { count: conflicts })}</p> : null}
      <div className="form-buttons">
        {closeButton}
        {conflicts > 0 ? (
          <Button className="button button-primary" onPress={onReviewConflicts}>
            {t('packs.wizard.reviewConflicts')}
          </Button>
        ) : null}
      </div>
    </>
  )
}
