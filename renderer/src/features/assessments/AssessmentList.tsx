import { useTranslation } from 'react-i18next'
import type { AssessmentSummary } from '../../../../shared/contract'
import { formatDate } from '../../lib/format'
import { assessmentsHash } from './assessments-route'
import { local } from './labels'
import { ProgressText } from './ProgressText'
import { TableHead } from '../../components/TableHead'

/** The dates of an assessment in words ("2 Mar 2026 – 13 Mar 2026"), or "No dates". */
export function useDatesText(): (a: AssessmentSummary) => string {
  const { t, i18n } = useTranslation()
  const format = (iso: string) => formatDate(iso, i18n.language)
  return (a) => {
    if (a.startDate && a.endDate) return `${format(a.startDate)} – ${format(a.endDate)}`
    if (a.startDate) return t('assessments.list.from', { date: format(a.startDate) })
    if (a.endDate) return t('assessments.list.until', { date: format(a.endDate) })
    return t('assessments.list.noDates')
  }
}

/** Every assessment with its framework, lead, dates, status and scoring progress. */
export function AssessmentList({ assessments }: { assessments: AssessmentSummary[] }) {
  const { t } = useTranslation()
  const dates = useDatesText()
  if (assessments.length === 0) return <p className="empty">{t('assessments.list.empty')}</p>
  return (
    <div className="table-wrap">
      <table className="data-table na-list-table">
        <caption className="visually-hidden">{t('assessments.list.caption')}</caption>
        <TableHead
          columns={[
            t('assessments.list.title'),
            t('assessments.list.framework'),
            t('assessments.list.lead'),
            t('assessments.list.dates'),
            t('assessments.list.status'),
            t('assessments.list.progress'),
          ]}
        />
        <tbody>
          {assessments.map((a) => (
            <tr key={a.id} data-assessment-id={a.id}>
              <th scope="row">
                <a
                  href={assessmentsHash({ tab: 'list', assessmentId: a.id, section: 'scoring' })}
                  className="na-list-link"
                >
                  {a.title}
                </a>
                <span className="na-sub">{t(`assessments.types.${a.type}`)}</span>
              </th>
              <td>
                <span className="na-item-code">{a.frameworkCode}</span>
                <span className="na-sub">{local(a.frameworkName)}</span>
              </td>
              <td>{t(`assessments.leads.${a.lead}`)}</td>
              <td>{dates(a)}</td>
              <td>
                <span className={`badge na-status-${a.status}`}>
                  {t(`assessments.statuses.${a.status}`)}
                </span>
              </td>
              <td>
                <ProgressText progress={a.progress} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
