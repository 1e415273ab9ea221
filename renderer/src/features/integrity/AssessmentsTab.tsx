import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type {
  IntegrityAssessment,
  IntegrityData,
  IntegrityFactor,
  IntegrityFramework,
} from '../../../../shared/contract'
import { ModalDialog } from '../../components/ModalDialog'
import { StatusNotice } from '../../components/Notice'
import { SelectField } from '../../components/SelectField'
import { useIntegrityStore } from '../../stores/integrity-store'
import { AssessmentCompare } from './AssessmentCompare'
import { AssessmentForm } from './AssessmentForm'
import { ConfirmDelete } from './ConfirmDelete'
import { FactorLabel } from './FactorLabel'
import { levelLabel, useLocal } from './integrity-format'
import { RatingForm } from './RatingForm'
import { SensitivityBadge } from './SensitivityField'
import { formatDate } from '../../lib/format'
import { TableHead } from '../../components/TableHead'

type Editing =
  { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; assessment: IntegrityAssessment }

/** Self-assessments: pick one, rate its factors, edit its details, compare two. */
export function AssessmentsTab({
  data,
  framework,
}: {
  data: IntegrityData
  framework: IntegrityFramework
}) {
  const { t, i18n } = useTranslation()
  const local = useLocal()
  const deleteAssessment = useIntegrityStore((s) => s.deleteAssessment)
  const [chosenId, setChosenId] = useState<number | null>(null)
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [rating, setRating] = useState<IntegrityFactor | null>(null)
  const [deleting, setDeleting] = useState<IntegrityAssessment | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const chosen = data.assessments.find((a) => a.id === chosenId) ?? data.assessments[0]
  const lang = i18n.language

  const newButton = (
    <Button
      className="button button-primary"
      onPress={() => {
        setNotice(null)
        setEditing({ mode: 'new' })
      }}
    >
      {t('integrity.assessments.new')}
    </Button>
  )

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
        {newButton}
      </div>
      <StatusNotice message={notice} />
      {!chosen ? (
        <p className="empty">{t('integrity.assessments.empty')}</p>
      ) : (
        <section aria-labelledby="assessment-heading" data-assessment-id={chosen.id}>
          <div className="ig-section-header">
            <h2 id="assessment-heading">{chosen.title}</h2>
            <div className="cell-actions">
              <Button
                className="button button-secondary button-small"
                onPress={() => setEditing({ mode: 'edit', assessment: chosen })}
              >
                {t('integrity.assessments.editDetails')}
              </Button>
              <Button
                className="button button-secondary button-small"
                onPress={() => setDeleting(chosen)}
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
          <div className="table-wrap">
            <table className="data-table ig-ratings-table">
              <caption className="visually-hidden">
                {t('integrity.assessments.ratingsCaption', { title: chosen.title })}
              </caption>
              <TableHead
                columns={[
                  t('integrity.columns.factor'),
                  t('integrity.fields.rating'),
                  t('integrity.fields.strengths'),
                  t('integrity.fields.weaknesses'),
                  t('integrity.fields.evidence'),
                ]}
                actions={t('integrity.columns.actions')}
              />
              <tbody>
                {framework.factors.map((f) => {
                  const r = chosen.ratings.find((x) => x.factorItemId === f.id)
                  return (
                    <tr key={f.id} data-factor={f.code}>
                      <th scope="row">
                        <FactorLabel factor={f} compact />
                      </th>
                      <td data-cell="rating" className="ig-cell-rating">
                        {r && r.rating !== null ? (
                          levelLabel(framework, r.rating, local)
                        ) : (
                          <span className="muted">{t('integrity.notRated')}</span>
                        )}
                      </td>
                      <td className="ig-cell-text">{r?.strengths}</td>
                      <td className="ig-cell-text">{r?.weaknesses}</td>
                      <td className="ig-cell-text">{r?.evidence}</td>
                      <td className="cell-actions">
                        <Button
                          className="button button-secondary button-small"
                          aria-label={t('integrity.assessments.rateAction', { code: f.code })}
                          onPress={() => {
                            setNotice(null)
                            setRating(f)
                          }}
                        >
                          {t('integrity.assessments.rate')}
                        </Button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <AssessmentCompare data={data} framework={framework} />
      <ModalDialog
        title={
          editing.mode === 'edit'
            ? t('integrity.assessments.editTitle')
            : t('integrity.assessments.newTitle')
        }
        isOpen={editing.mode !== 'closed'}
        onClose={() => setEditing({ mode: 'closed' })}
        size="large"
      >
        <AssessmentForm
          frameworkId={framework.id}
          classifications={data.classifications}
          assessment={editing.mode === 'edit' ? editing.assessment : undefined}
          onCancel={() => setEditing({ mode: 'closed' })}
          onSaved={(saved) => {
            setEditing({ mode: 'closed' })
            setChosenId(saved.id)
            setNotice(t('integrity.assessments.saved', { title: saved.title }))
          }}
        />
      </ModalDialog>
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
              setNotice(t('integrity.assessments.rated', { code: rating.code }))
              setRating(null)
            }}
          />
        ) : null}
      </ModalDialog>
      <ConfirmDelete
        title={t('integrity.assessments.deleteTitle')}
        question={
          deleting ? t('integrity.assessments.deleteQuestion', { title: deleting.title }) : null
        }
        onClose={() => setDeleting(null)}
        onConfirm={() => deleteAssessment({ id: deleting!.id, version: deleting!.version })}
        onDeleted={() => {
          setNotice(t('integrity.assessments.deleted', { title: deleting?.title ?? '' }))
          setDeleting(null)
          setChosenId(null)
        }}
      />
    </>
  )
}
