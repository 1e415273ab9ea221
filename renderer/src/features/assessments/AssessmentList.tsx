import { useTranslation } from 'react-i18next'
import type { AssessmentSummary } from '../../../../shared/contract'
import { formatDate } from '../../lib/format'
import { assessmentsHash } from './assessments-route'
import { local } from './labels'
import { ProgressText } from './ProgressText'
import { DataTable, type Column } from '../../components/DataTable'

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
  const column = (id: string, cell: Column<AssessmentSummary>['cell']) => ({
    id,
    header: t(`assessments.list.${id}`),
    cell,
  })
  const columns: Column<AssessmentSummary>[] = [
    {
      ...column('title', (a) => (
        <>
          <a
            href={assessmentsHash({ tab: 'list', assessmentId: a.id, section: 'scoring' })}
            className="na-list-link"
          >
            {a.title}
          </a>
          <span className="na-sub">{t(`assessments.types.${a.type}`)}</span>
        </>
      )),
      rowHeader: true,
    },
    column('framework', (a) => (
      <>
        <span className="na-item-code">{a.frameworkCode}</span>
        <span className="na-sub">{local(a.frameworkName)}</span>
      </>
    )),
    column('lead', (a) => t(`assessments.leads.${a.lead}`)),
    column('dates', dates),
    column('status', (a) => (
      <span className={`badge na-status-${a.status}`}>{t(`assessments.statuses.${a.status}`)}</span>
    )),
    column('progress', (a) => <ProgressText progress={a.progress} />),
  ]
  return (
    <DataTable
      rows={assessments}
      columns={columns}
      rowKey={(a) => a.id}
      rowData={(a) => ({ 'assessment-id': a.id })}
      caption={t('assessments.list.caption')}
      className="na-list-table"
      empty={<p className="empty">{t('assessments.list.empty')}</p>}
    />
  )
}
