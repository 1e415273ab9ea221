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
          <div className="doc-chooser-subject">
            {submissions.length > 0 ? (
              <SelectField<number>
                id="doc-submission"
                label={t('documents.chooser.submission')}
                options={submissions.map((s) => ({ id: s.id, label: s.title }))}
                value={options.submissionId ?? submissions[0]!.id}
                onChange={(submissionId) => setOptions({ submissionId })}
              />
            ) : (
              <p className="doc-chooser-note muted">{t('documents.chooser.noSubmission')}</p>
            )}
          </div>
        ) : null}
        {options.kind === 'assessment' ? (
          <div className="doc-chooser-subject">
            {assessments.length > 0 ? (
              <SelectField<number>
                id="doc-assessment"
                label={t('documents.chooser.assessment')}
                options={assessments.map((a) => ({ id: a.id, label: a.title }))}
                value={options.assessmentId ?? assessments[0]!.id}
                onChange={(assessmentId) => setOptions({ assessmentId })}
              />
            ) : (
              <p className="doc-chooser-note muted">{t('documents.chooser.noAssessment')}</p>
            )}
          </div>
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
