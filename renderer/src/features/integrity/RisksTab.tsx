import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { IntegrityFactorRisk } from '../../../../shared/contract'
import { FactorGroupRow } from './FactorTable'
import { useLocal, type IntegrityTabProps } from './integrity-format'
import { SensitivityBadge } from './SensitivityField'
import { TableHead } from '../../components/TableHead'

const COLUMNS = 5

/** Risks of the register flagged as integrity risks, grouped by the factor they are linked to. */
export function RisksTab({ data, framework }: IntegrityTabProps) {
  const { t } = useTranslation()
  const local = useLocal()
  const unlinked = data.risks.filter((r) => r.factorItemId === null)

  const rows = (risks: IntegrityFactorRisk[]) =>
    risks.map((r) => (
      <tr key={r.id} data-risk-id={r.id}>
        <th scope="row">
          <span className="cell-code">{r.code}</span> {r.title}
        </th>
        <td className="cell-nowrap">
          <span className="ig-risk-score">{r.residualScore}</span>
          {r.residualBand ? ` · ${local(r.residualBand)}` : ''}
          <span className="ig-cell-sub">
            {t('integrity.risks.lxi', { l: r.residualLikelihood, i: r.residualImpact })}
          </span>
        </td>
        <td>
          <span className={`badge ig-badge-risk-${r.status}`}>
            {t(`integrity.riskStatuses.${r.status}`)}
          </span>
        </td>
        <td>{r.owner || <span className="muted">{t('common.notSet')}</span>}</td>
        <td>
          <SensitivityBadge classifications={data.classifications} value={r.sensitivity} />
        </td>
      </tr>
    ))

  if (data.risks.length === 0) {
    return (
      <p className="empty">
        {t('integrity.risks.empty')} <a href="#/risks">{t('integrity.risks.openRegister')}</a>
      </p>
    )
  }
  return (
    <>
      <p className="muted">
        {t('integrity.risks.intro')} <a href="#/risks">{t('integrity.risks.openRegister')}</a>
      </p>
      <div className="table-wrap">
        <table className="data-table integrity-risks" data-testid="integrity-risks">
          <caption className="visually-hidden">{t('integrity.risks.caption')}</caption>
          <TableHead
            columns={[
              t('integrity.columns.risk'),
              t('integrity.columns.residual'),
              t('integrity.fields.status'),
              t('integrity.fields.owner'),
              t('integrity.fields.sensitivity'),
            ]}
          />
          <tbody>
            {framework.factors.map((f) => {
              const mine = data.risks.filter((r) => r.factorItemId === f.id)
              return (
                <Fragment key={f.id}>
                  <FactorGroupRow factor={f} span={COLUMNS}>
                    <span className="ig-group-count">
                      {t('integrity.risks.count', { count: mine.length })}
                    </span>
                  </FactorGroupRow>
                  {rows(mine)}
                </Fragment>
              )
            })}
            {unlinked.length > 0 ? (
              <>
                <tr className="ig-group-row">
                  <th scope="colgroup" colSpan={COLUMNS}>
                    {t('integrity.risks.unlinked')}
                  </th>
                </tr>
                {rows(unlinked)}
              </>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  )
}
