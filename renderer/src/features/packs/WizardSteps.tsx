import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldProblem, PackPreview } from '../../../../shared/contract'
import { formatFileSize, MAX_PACK_BYTES, useLocalText } from './pack-format'
import { SignatureFact } from './PackSignature'
import { ShowMoreButton, usePaged } from './ShowMore'
import { FileField } from '../../components/FileField'
import { formatDate } from '../../lib/format'

/** The steps of the import wizard, in order. */
export const WIZARD_STEPS = ['file', 'check', 'preview', 'confirm', 'result'] as const
/** One step of the import wizard. */
export type WizardStep = (typeof WIZARD_STEPS)[number]

/** "1 Choose a file › 2 Validation › …" with the current step marked for assistive technology. */
export function StepList({ step }: { step: WizardStep }) {
  const { t } = useTranslation()
  const index = WIZARD_STEPS.indexOf(step)
  return (
    <ol className="wizard-steps" aria-label={t('packs.wizard.stepsLabel')}>
      {WIZARD_STEPS.map((s, i) => (
        <li
          key={s}
          aria-current={s === step ? 'step' : undefined}
          data-done={i < index || undefined}
        >
          <span className="wizard-step-number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`packs.wizard.steps.${s}`)}
        </li>
      ))}
    </ol>
  )
}

/** Step 1: a visible, labelled file input, the chosen file's name and size, and the size limit. */
export function ChooseFileStep({
  file,
  onChoose,
}: {
  file: File | null
  onChoose(f: File | null): void
}) {
  const { t, i18n } = useTranslation()
  const size = file ? formatFileSize(file.size, i18n.language) : ''
  return (
    <FileField
      id="pack-file"
      label={t('packs.wizard.fileLabel')}
      help={t('packs.wizard.fileHelp')}
      accept=".json,application/json"
      showName={false}
      onChoose={onChoose}
    >
      {file ? (
        <p className="file-chosen" data-testid="chosen-file">
          {t('packs.wizard.chosen', { name: file.name, size })}
        </p>
      ) : null}
      {file && file.size > MAX_PACK_BYTES ? (
        <p className="field-error" role="alert">
          {t('packs.wizard.tooLarge', { size })}
        </p>
      ) : null}
    </FileField>
  )
}

/** Step 2 when the file failed: every problem with its JSON path, as the backend found them. */
export function ProblemList({ problems }: { problems: FieldProblem[] }) {
  const { t } = useTranslation()
  const { visible, total, showMore, size } = usePaged(problems, 500)
  return (
    <div className="validation-result">
      {/* Announce the count only; the list itself is read at the user's pace. */}
      <div role="alert">
        <h4>{t('packs.wizard.invalidTitle', { count: problems.length })}</h4>
      </div>
      <p>{t('packs.wizard.invalidHelp')}</p>
      <ol className="problem-list" aria-label={t('packs.wizard.problemsLabel')}>
        {visible.map((p, i) => (
          <li key={`${i}-${p.path}`}>
            <code className="path">{p.path}</code>
            <span className="problem-message">{p.message}</span>
          </li>
        ))}
      </ol>
      <ShowMoreButton shown={visible.length} total={total} size={size} onPress={showMore} />
    </div>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** Step 2 when the file passed: what the pack is, and which version is installed now. */
export function PackFacts({ preview }: { preview: PackPreview }) {
  const { t } = useTranslation()
  const { language, tx } = useLocalText()
  const p = preview.pack
  return (
    <div className="validation-result">
      <p className="notice notice-success">{t('packs.wizard.validTitle')}</p>
      <dl className="pack-meta pack-facts">
        <Fact label={t('packs.wizard.packTitle')}>{tx(p.title)}</Fact>
        <Fact label={t('packs.wizard.publisher')}>{tx(p.publisher)}</Fact>
        <Fact label={t('packs.signature.label')}>
          <SignatureFact signature={preview.signature} />
        </Fact>
        <Fact label={t('packs.wizard.version')}>{p.version}</Fact>
        <Fact label={t('packs.wizard.installedVersion')}>
          {preview.installedVersion ?? t('packs.wizard.notInstalled')}
        </Fact>
        <Fact label={t('packs.wizard.issued')}>{formatDate(p.issued, language)}</Fact>
        <Fact label={t('packs.wizard.items')}>{preview.itemCount}</Fact>
        <Fact label={t('packs.wizard.languages')}>
          {p.languages
            .map((l) => t(`profile.workingLanguageNames.${l}`, { defaultValue: l }))
            .join(', ')}
        </Fact>
        <Fact label={t('packs.details.identifier')}>
          <code className="path">{p.urn}</code>
        </Fact>
      </dl>
    </div>
  )
}
