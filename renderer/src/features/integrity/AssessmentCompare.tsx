import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  IntegrityAssessment,
  IntegrityData,
  IntegrityFramework,
} from '../../../../shared/contract'
import { compareByFactor } from '../../../../shared/domain/integrity-compare'
import { SelectField } from '../../components/SelectField'
import { FactorLabel } from './FactorLabel'
import { ARROWS, changeText, levelLabel, useLocal } from './integrity-format'
import { formatDate } from '../../lib/format'
import { TableHead } from '../../components/TableHead'

const ratingsOf = (a: IntegrityAssessment | undefined) =>
  new Map((a?.ratings ?? []).map((r) => [r.factorItemId, r.rating]))

/** Compares the ratings of two assessments factor by factor, the change said in words. */
export function AssessmentCompare({
  data,
  framework,
}: {
  data: IntegrityData
  framework: IntegrityFramework
}) {
  const { t, i18n } = useTranslation()
  const local = useLocal()
  const lang = i18n.language
  // Assessments arrive newest first: by default compare the two most recent.
  const [laterId, setLaterId] = useState<number | null>(null)
  const [earlierId, setEarlierId] = useState<number | null>(null)
  const later = data.assessments.find((a) => a.id === laterId) ?? data.assessments[0]
  const earlier = data.assessments.find((a) => a.id === earlierId) ?? data.assessments[1]
  const options = data.assessments.map((a) => ({
    id: a.id,
    label: `${a.title} (${formatDate(a.assessedOn, lang)})`,
  }))
  const changes = compareByFactor(
    ratingsOf(earlier),
    ratingsOf(later),
    framework.factors.map((f) => f.id),
  )
  const show = (v: number | null) =>
    v === null ? (
      <span className="muted">{t('integrity.notRated')}</span>
    ) : (
      levelLabel(framework, v, local)
    )

  return (
    <section aria-labelledby="compare-assessments" className="ig-compare-section">
      <h2 id="compare-assessments">{t('integrity.compare.assessmentsHeading')}</h2>
      {data.assessments.length < 2 ? (
        <p className="empty">{t('integrity.compare.needTwoAssessments')}</p>
      ) : (
        <>
          <div className="ig-tab-toolbar ig-toolbar-wide">
            <SelectField
              id="compare-earlier"
              label={t('integrity.compare.earlier')}
              options={options}
              value={earlier?.id ?? null}
              onChange={(v) => setEarlierId(v)}
            />
            <SelectField
              id="compare-later"
              label={t('integrity.compare.later')}
              options={options}
              value={later?.id ?? null}
              onChange={(v) => setLaterId(v)}
            />
          </div>
          <div className="table-wrap">
            <table className="data-table ig-compare-table" data-testid="assessment-comparison">
              <caption className="visually-hidden">
                {t('integrity.compare.assessmentsCaption', {
                  earlier: earlier?.title ?? '',
                  later: later?.title ?? '',
                })}
              </caption>
              <TableHead
                columns={[
                  t('integrity.columns.factor'),
                  earlier ? formatDate(earlier.assessedOn, lang) : '',
                  later ? formatDate(later.assessedOn, lang) : '',
                  t('integrity.columns.change'),
                ]}
              />
              <tbody>
                {framework.factors.map((f, i) => {
                  const c = changes[i]!
                  return (
                    <tr key={f.id} data-factor={f.code}>
                      <th scope="row">
                        <FactorLabel factor={f} compact />
                      </th>
                      <td>{show(c.before)}</td>
                      <td>{show(c.after)}</td>
                      <td data-cell="change" className={`ig-change ig-change-${c.direction}`}>
                        <span aria-hidden="true">{ARROWS[c.direction]} </span>
                        {changeText(t, c, 'levels', lang)}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
