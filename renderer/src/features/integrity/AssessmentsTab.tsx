import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { IntegrityAssessment, IntegrityFactor } from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { SelectField } from '../../components/SelectField'
import { useIntegrityStore } from '../../stores/integrity-store'
import { AssessmentCompare } from './AssessmentCompare'
import { AssessmentForm } from './AssessmentForm'
import { FactorTable, RatingText } from './FactorTable'
import { RatingForm } from './RatingForm'
import { SensitivityBadge } from './SensitivityField'
import { formatDate } from '../../lib/format'
import { RecordDialogs, useRecordDialogs } from './RecordDialogs'
import type { IntegrityTabProps } from './integrity-format'

/** Self-assessments: pick one, rate its factors, edit its details, compare two. */
export function AssessmentsTab({ data, framework }: IntegrityTabProps) {
  const { t, i18n } = useTranslation()
  const deleteAssessment = useIntegrityStore((s) => s.deleteAssessment)
  const [chosenId, setChosenId] = useState<number | null>(null)
  const dialogs = useRecordDialogs<IntegrityAssessment>()
  const [rating, setRating] = useState<IntegrityFactor | null>(null)
  const chosen = data.assessments.find((a) => a.id === chosenId) ?? data.assessments[0]
  const lang = i18n.language

  return (
    <>
      <div className="ig-tab-toolbar ig-toolbar-wide">
        {data.assessments.length > 0 ? (
          <SelectField
            id="assessment-choice"
            label={t('integrity.assessments.choose')}
            options={data.assessments.map((a) => ({
              id: a.id,
              label: `${a.title} (${formatDate(a.assessedOn, lang)})`,
            }))}
            value={chosen?.id ?? null}
            onChange={(v) => setChosenId(v)}
          />
        ) : null}
        <Button className="button button-primary" onPress={dialogs.startNew}>
          {t('integrity.assessments.new')}
        </Button>
      </div>
      <StatusNotice message={dialogs.notice} />
      {!chosen ? (
        <p className="empty">{t('integrity.assessments.empty')}</p>
      ) : (
        <section aria-labelledby="assessment-heading" data-assessment-id={chosen.id}>
          <div className="ig-section-header">
            <h2 id="assessment-heading">{chosen.title}</h2>
            <div className="cell-actions">
              <Button
                className="button button-secondary button-small"
                onPress={() => dialogs.startEdit(chosen)}
              >
                {t('integrity.assessments.editDetails')}
              </Button>
              <Button
                className="button button-secondary button-small"
                onPress={() => dialogs.askDelete(chosen)}
              >
                {t('integrity.assessments.delete')}
              </Button>
            </div>
          </div>
          <dl className="summary-list ig-assessment-facts">
            <dt>{t('integrity.fields.assessedOn')}</dt>
            <dd>{formatDate(chosen.assessedOn, lang)}</dd>
            <dt>{t('integrity.fields.method')}</dt>
            <dd>{t(`integrity.methods.${chosen.method}`)}</dd>
            <dt>{t('integrity.fields.participantCount')}</dt>
            <dd>{chosen.participantCount ?? t('common.notSet')}</dd>
            <dt>{t('integrity.fields.participants')}</dt>
            <dd>{chosen.participants || t('common.notSet')}</dd>
            <dt>{t('integrity.fields.sensitivity')}</dt>
            <dd>
              <SensitivityBadge classifications={data.classifications} value={chosen.sensitivity} />
            </dd>
          </dl>
          <FactorTable
            framework={framework}
            className="ig-ratings-table"
            caption={t('integrity.assessments.ratingsCaption', { title: chosen.title })}
            columns={[
              t('integrity.fields.rating'),
              t('integrity.fields.strengths'),
              t('integrity.fields.weaknesses'),
              t('integrity.fields.evidence'),
            ]}
            actions={t('integrity.columns.actions')}
            cells={(f) => {
              const r = chosen.ratings.find((x) => x.factorItemId === f.id)
              return (
                <>
                  <td data-cell="rating" className="ig-cell-rating">
                    <RatingText framework={framework} level={r?.rating ?? null} />
                  </td>
                  <td className="ig-cell-text">{r?.strengths}</td>
                  <td className="ig-cell-text">{r?.weaknesses}</td>
                  <td className="ig-cell-text">{r?.evidence}</td>
                  <td className="cell-actions">
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('integrity.assessments.rateAction', { code: f.code })}
                      onPress={() => {
                        dialogs.setNotice(null)
                        setRating(f)
                      }}
                    >
                      {t('integrity.assessments.rate')}
                    </Button>
                  </td>
                </>
              )
            }}
          />
        </section>
      )}
      <AssessmentCompare data={data} framework={framework} />
      <RecordDialogs
        state={dialogs}
        newTitle={t('integrity.assessments.newTitle')}
        editTitle={t('integrity.assessments.editTitle')}
        deleteTitle={t('integrity.assessments.deleteTitle')}
        deleteQuestion={(a) => t('integrity.assessments.deleteQuestion', { title: a.title })}
        onDelete={(a) => deleteAssessment({ id: a.id, version: a.version })}
        deletedNotice={(a) => t('integrity.assessments.deleted', { title: a.title })}
        afterDelete={() => setChosenId(null)}
      >
        <AssessmentForm
          frameworkId={framework.id}
          classifications={data.classifications}
          assessment={dialogs.edited}
          onCancel={dialogs.close}
          onSaved={(saved) => {
            setChosenId(saved.id)
            dialogs.saved(t('integrity.assessments.saved', { title: saved.title }))
          }}
        />
      </RecordDialogs>
      <ModalDialog
        title={rating ? t('integrity.assessments.rateTitle', { code: rating.code }) : ''}
        isOpen={rating !== null && chosen !== undefined}
        onClose={() => setRating(null)}
        size="large"
      >
        {rating && chosen ? (
          <RatingForm
            framework={framework}
            assessment={chosen}
            factor={rating}
            onCancel={() => setRating(null)}
            onSaved={() => {
              dialogs.setNotice(t('integrity.assessments.rated', { code: rating.code }))
              setRating(null)
            }}
          />
        ) : null}
      </ModalDialog>
    </>
  )
}
