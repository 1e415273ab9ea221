import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { IntegrityFactor, IntegrityFramework } from '../../../../shared/contract'
import type { FactorChange } from '../../../../shared/domain/integrity-compare'
import { TableHead } from '../../components/TableHead'
import { FactorLabel } from './FactorLabel'
import { ARROWS, levelLabel, useLocal } from './integrity-format'

interface FactorTableProps {
  framework: IntegrityFramework
  caption: string
  className: string
  testId?: string
  /** The headings after the factor's. */
  columns: string[]
  /** Names the actions column for screen readers, when the rows have buttons. */
  actions?: string
  /** The cells after the factor's name; null leaves the factor out. */
  cells(factor: IntegrityFactor, index: number): ReactNode
}

/** A table of one row per factor of the framework, each named by the factor's code and title. */
export function FactorTable(props: FactorTableProps) {
  const { t } = useTranslation()
  const columns = [t('integrity.columns.factor'), ...props.columns]
  return (
    <div className="table-wrap">
      <table className={`data-table ${props.className}`} data-testid={props.testId}>
        <caption className="visually-hidden">{props.caption}</caption>
        <TableHead columns={columns} actions={props.actions} />
        <tbody>
          {props.framework.factors.map((f, i) => {
            const cells = props.cells(f, i)
            if (cells === null) return null
            return (
              <tr key={f.id} data-factor={f.code}>
                <th scope="row">
                  <FactorLabel factor={f} compact />
                </th>
                {cells}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** A comparison's change: the arrow repeats the words for sighted readers. */
export function ChangeCell({
  direction,
  text,
}: {
  direction: FactorChange['direction']
  text: string
}) {
  return (
    <td data-cell="change" className={`ig-change ig-change-${direction}`}>
      <span aria-hidden="true">{ARROWS[direction]} </span>
      {text}
    </td>
  )
}

/** A rating as its level's name, or "Not rated". */
export function RatingText({
  framework,
  level,
}: {
  framework: IntegrityFramework
  level: number | null
}) {
  const { t } = useTranslation()
  const local = useLocal()
  if (level === null) return <span className="muted">{t('integrity.notRated')}</span>
  return <>{levelLabel(framework, level, local)}</>
}

interface FactorGroupRowProps {
  factor: IntegrityFactor
  /** How many columns the heading spans. */
  span: number
  /** What follows the factor's name, e.g. a count or the progress. */
  children: ReactNode
}

/** The heading row of a factor's group in a grouped table. */
export function FactorGroupRow({ factor, span, children }: FactorGroupRowProps) {
  return (
    <tr className="ig-group-row" data-factor={factor.code}>
      <th scope="colgroup" colSpan={span}>
        <span className="ig-group-heading">
          <FactorLabel factor={factor} compact />
          {children}
        </span>
      </th>
    </tr>
  )
}
