import { useTranslation } from 'react-i18next'
import {
  DOCUMENT_KINDS,
  LANGUAGES,
  PAPER_SIZES,
  type DocumentKind,
  type Language,
} from '../../../../shared/contract'
import { SelectField } from '../../components/SelectField'
import { useDocumentsStore } from '../../stores/documents-store'
import { useSettingsStore } from '../../stores/settings-store'
import { ReviewersField } from './ReviewersField'

interface SubjectChoiceProps {
  id: string
  label: string
  records: { id: number; title: string }[]
  /** The record chosen; the first when none is. */
  value: number | null | undefined
  onChange(id: number): void
  /** Said when there is nothing to choose from. */
  none: string
}

/** The record a document is about (a submission, an assessment), or why there is none. */
function SubjectChoice({ id, label, records, value, onChange, none }: SubjectChoiceProps) {
  return (
    <div className="doc-chooser-subject">
      {records.length > 0 ? (
        <SelectField<number>
          id={id}
          label={label}
          options={records.map((r) => ({ id: r.id, label: r.title }))}
          value={value ?? records[0]!.id}
          onChange={onChange}
        />
      ) : (
        <p className="doc-chooser-note muted">{none}</p>
      )}
    </div>
  )
}

/** The choices of one document: kind, language, marking, paper, subject and reviewers. */
export function DocumentChooser() {
  const { t } = useTranslation()
  const options = useDocumentsStore((s) => s.options)
  const submissions = useDocumentsStore((s) => s.submissions)
  const assessments = useDocumentsStore((s) => s.assessments)
  const setOptions = useDocumentsStore((s) => s.setOptions)
  const markings = useSettingsStore((s) => s.settings?.classifications ?? [])
  const classification = options.classification ?? markings[0] ?? null

  return (
    <div className="doc-chooser">
      <div className="doc-chooser-grid">
        <SelectField<DocumentKind>
          id="doc-kind"
          label={t('documents.chooser.kind')}
          options={DOCUMENT_KINDS.map((k) => ({ id: k, label: t(`documents.kinds.${k}`) }))}
          value={options.kind}
          onChange={(kind) => setOptions({ kind })}
        />
        {options.kind === 'submission' ? (
          <SubjectChoice
            id="doc-submission"
            label={t('documents.chooser.submission')}
            records={submissions}
            value={options.submissionId}
            onChange={(submissionId) => setOptions({ submissionId })}
            none={t('documents.chooser.noSubmission')}
          />
        ) : null}
        {options.kind === 'assessment' ? (
          <SubjectChoice
            id="doc-assessment"
            label={t('documents.chooser.assessment')}
            records={assessments}
            value={options.assessmentId}
            onChange={(assessmentId) => setOptions({ assessmentId })}
            none={t('documents.chooser.noAssessment')}
          />
        ) : null}
        <SelectField<Language>
          id="doc-language"
          label={t('documents.chooser.language')}
          options={LANGUAGES.map((l) => ({ id: l, label: t(`languageNames.${l}`) }))}
          value={options.language}
          onChange={(language) => setOptions({ language })}
        />
        <SelectField<string>
          id="doc-classification"
          label={t('documents.chooser.classification')}
          description={t('documents.chooser.classificationHelp')}
          options={markings.map((m) => ({ id: m, label: m }))}
          value={classification}
          onChange={(c) => setOptions({ classification: c })}
        />
        <SelectField<(typeof PAPER_SIZES)[number]>
          id="doc-paper"
          label={t('documents.chooser.paper')}
          options={PAPER_SIZES.map((p) => ({ id: p, label: t(`documents.papers.${p}`) }))}
          value={options.paper}
          onChange={(paper) => setOptions({ paper })}
        />
      </div>
      <ReviewersField
        rows={options.reviewers}
        onChange={(reviewers) => setOptions({ reviewers })}
      />
    </div>
  )
}
