import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IntegrityAssessment } from '../../../../shared/contract'
import { compareByFactor } from '../../../../shared/domain/integrity-compare'
import { SelectField } from '../../components/SelectField'
import { ChangeCell, FactorTable, RatingText } from './FactorTable'
import { changeText, type IntegrityTabProps } from './integrity-format'
import { formatDate } from '../../lib/format'

const ratingsOf = (a: IntegrityAssessment | undefined) =>
  new Map((a?.ratings ?? []).map((r) => [r.factorItemId, r.rating]))

/** Compares the ratings of two assessments factor by factor, the change said in words. */
export function AssessmentCompare({ data, framework }: IntegrityTabProps) {
  const { t, i18n } = useTranslation()
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
          <FactorTable
            framework={framework}
            className="ig-compare-table"
            testId="assessment-comparison"
            caption={t('integrity.compare.assessmentsCaption', {
              earlier: earlier?.title ?? '',
              later: later?.title ?? '',
            })}
            columns={[
              earlier ? formatDate(earlier.assessedOn, lang) : '',
              later ? formatDate(later.assessedOn, lang) : '',
              t('integrity.columns.change'),
            ]}
            cells={(_, i) => {
              const c = changes[i]!
              return (
                <>
                  <td>
                    <RatingText framework={framework} level={c.before} />
                  </td>
                  <td>
                    <RatingText framework={framework} level={c.after} />
                  </td>
                  <ChangeCell direction={c.direction} text={changeText(t, c, 'levels', lang)} />
                </>
              )
            }}
          />
        </>
      )}
    </section>
  )
}
