import { useEffect, useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  ARCHIVE_CONFIRM_SHARE,
  type AppError,
  type FieldProblem,
  type PackPreview,
} from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { ErrorNotice } from '../../components/Notice'
import { fileAsBase64 } from '../../lib/packs-api'
import { usePacksStore } from '../../stores/packs-store'
import { DiffPreview } from './DiffPreview'
import { ImportResult, type ImportOutcome } from './ImportResult'
import { MAX_PACK_BYTES, useLocalText } from './pack-format'
import {
  ChooseFileStep,
  PackFacts,
  ProblemList,
  StepList,
  WIZARD_STEPS,
  type WizardStep,
} from './WizardSteps'

type Check =
  | { kind: 'valid'; preview: PackPreview }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'failed'; error: AppError }

interface WizardProps {
  onClose(): void
  /** After an upgrade with conflicts: close and show the Conflicts panel. */
  onReviewConflicts(): void
}

function ImportWizardBody({ onClose, onReviewConflicts }: WizardProps) {
  const { t } = useTranslation()
  const { tx } = useLocalText()
  const importPack = usePacksStore((s) => s.importPack)
  const [step, setStep] = useState<WizardStep>('file')
  const [file, setFile] = useState<File | null>(null)
  const [payload, setPayload] = useState<{ fileName: string; dataBase64: string } | null>(null)
  const [check, setCheck] = useState<Check | null>(null)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)

  // Each new step is announced by moving focus to its heading (not on opening: the file input has it).
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    heading.current?.focus()
  }, [step])

  async function runCheck(): Promise<void> {
    if (!file || busy || file.size > MAX_PACK_BYTES) return
    setBusy(true)
    const input = { fileName: file.name.slice(0, 255), dataBase64: await fileAsBase64(file) }
    const result = await usePacksStore.getState().preview(input)
    setBusy(false)
    setPayload(input)
    if (result.ok) setCheck({ kind: 'valid', preview: result.value })
    else if (result.error.code === 'validation' && result.error.details?.length)
      setCheck({ kind: 'invalid', problems: result.error.details })
    else setCheck({ kind: 'failed', error: result.error })
    setStep('check')
  }

  /** Imports; `confirmArchive` is the user's yes to an upgrade that archives many items. */
  async function runImport(confirmArchive: boolean): Promise<void> {
    if (!payload || busy) return
    setBusy(true)
    const result = await importPack(confirmArchive ? { ...payload, confirmArchive } : payload)
    setBusy(false)
    setOutcome(
      result.ok ? { kind: 'done', result: result.value } : { kind: 'failed', error: result.error },
    )
    setStep('result')
  }

  const preview = check?.kind === 'valid' ? check.preview : null
  const canImport = preview?.status === 'new' || preview?.status === 'upgrade'
  const archive = preview?.archiveConfirmation ?? null
  const index = WIZARD_STEPS.indexOf(step)
  const back = (to: WizardStep) => (
    <Button className="button button-secondary" onPress={() => setStep(to)} isDisabled={busy}>
      {to === 'file' ? t('packs.wizard.chooseAnother') : t('packs.wizard.back')}
    </Button>
  )
  const close = (
    <Button className="button button-secondary" onPress={onClose} isDisabled={busy}>
      {step === 'result' ? t('packs.wizard.close') : t('common.cancel')}
    </Button>
  )
  /** Back to `from`, and Next to `to` when the step allows it (else the way out). */
  const backAndNext = (from: WizardStep, to: WizardStep, allowed: boolean) => (
    <div className="form-buttons">
      {back(from)}
      {allowed ? (
        <Button className="button button-primary" onPress={() => setStep(to)}>
          {t('packs.wizard.next')}
        </Button>
      ) : (
        close
      )}
    </div>
  )

  return (
    <div className="wizard" data-step={step}>
      <StepList step={step} />
      <h3 ref={heading} tabIndex={-1} className="wizard-step-title">
        <span className="muted">
          {t('packs.wizard.stepOf', { current: index + 1, total: WIZARD_STEPS.length })}
        </span>{' '}
        {t(`packs.wizard.steps.${step}`)}
      </h3>

      {step === 'file' ? (
        <>
          <ChooseFileStep
            file={file}
            onChoose={(f) => {
              setFile(f)
              setCheck(null)
              setPayload(null)
            }}
          />
          <div className="form-buttons">
            {close}
            <Button
              className="button button-primary"
              onPress={() => void runCheck()}
              isDisabled={!file || file.size > MAX_PACK_BYTES || busy}
            >
              {busy ? t('packs.wizard.checking') : t('packs.wizard.check')}
            </Button>
          </div>
        </>
      ) : null}

      {step === 'check' && check ? (
        <>
          {check.kind === 'invalid' ? <ProblemList problems={check.problems} /> : null}
          {check.kind === 'failed' ? (
            <>
              <p>{t('packs.wizard.failed')}</p>
              {check.error.code === 'conflict' ? (
                // The pack's own sentence (e.g. another publisher's pack under an installed id).
                <div className="notice notice-error" role="alert">
                  <p>{check.error.message}</p>
                </div>
              ) : (
                <ErrorNotice error={check.error} />
              )}
            </>
          ) : null}
          {check.kind === 'valid' ? <PackFacts preview={check.preview} /> : null}
          {backAndNext('file', 'preview', check.kind === 'valid')}
        </>
      ) : null}

      {step === 'preview' && preview ? (
        <>
          <DiffPreview preview={preview} />
          {backAndNext('check', 'confirm', canImport)}
        </>
      ) : null}

      {step === 'confirm' && preview ? (
        <>
          <p className="dialog-question">
            {preview.status === 'upgrade'
              ? t('packs.wizard.confirmUpgrade', {
                  title: tx(preview.pack.title),
                  from: preview.installedVersion,
                  to: preview.pack.version,
                })
              : t('packs.wizard.confirmInstall', {
                  title: tx(preview.pack.title),
                  version: preview.pack.version,
                })}
          </p>
          <p>{preview.message}</p>
          {archive ? (
            <div className="notice notice-archive" role="note" data-testid="archive-warning">
              <p>
                {t('packs.wizard.archiveWarning', {
                  ...archive,
                  share: Math.round(ARCHIVE_CONFIRM_SHARE * 100),
                })}
              </p>
            </div>
          ) : null}
          <p>{t('packs.wizard.confirmHelp')}</p>
          <div className="form-buttons">
            {back('preview')}
            <Button
              className="button button-primary"
              onPress={() => void runImport(archive !== null)}
              isDisabled={busy}
            >
              {busy
                ? t('packs.wizard.importing')
                : archive
                  ? t('packs.wizard.importAndArchive', { count: archive.archived })
                  : t('packs.wizard.importNow')}
            </Button>
          </div>
        </>
      ) : null}

      {step === 'result' && outcome ? (
        <ImportResult
          outcome={outcome}
          busy={busy}
          onClose={onClose}
          onReviewConflicts={onReviewConflicts}
          onConfirmArchive={() => void runImport(true)}
        />
      ) : null}
    </div>
  )
}

/** File → validation → changes → confirm → result, in a dialog. Nothing is written before "Import the pack". */
export function ImportWizard({ isOpen, ...props }: WizardProps & { isOpen: boolean }) {
  const { t } = useTranslation()
  return (
    <ModalDialog
      title={t('packs.wizard.title')}
      isOpen={isOpen}
      onClose={props.onClose}
      size="large"
    >
      {isOpen ? <ImportWizardBody {...props} /> : null}
    </ModalDialog>
  )
}
