import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts'
import type { AssessmentDetail } from '../../../../shared/contract'
import type { GapSummary } from '../../../../shared/domain/maturity-gap'
import { goTo } from './assessments-route'
import { formatLevel, levelLabel, local } from './labels'
import { TableHead } from '../../components/TableHead'

// Navy for where we are, ochre (dashed) for where we aim: both at least 3:1 on white, and the
// legend and table say the same in words.
const CURRENT = '#1f3a68'
const TARGET = '#a35400'
/** The overall figures shown first, each a mean level. */
const FIGURES = ['current', 'target', 'gap'] as const

/** An area's (or the whole assessment's) scoring and mean current, target and gap. */
function GapCells({ gap }: { gap: GapSummary }) {
  const { t, i18n } = useTranslation()
  const n = (v: number | null) => formatLevel(v, i18n.language)
  return (
    <>
      <td className="cell-nowrap">
        {t('assessments.gaps.scoredOf', { scored: gap.scored, applicable: gap.applicable })}
      </td>
      <td>{n(gap.current)}</td>
      <td>{n(gap.target)}</td>
      <td className="na-gap-cell">{n(gap.gap)}</td>
    </>
  )
}

/** Current vs target per area: a radar chart, the same figures as a table, the largest gaps. */
export function GapAnalysis({ detail }: { detail: AssessmentDetail }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const n = (v: number | null) => formatLevel(v, lang)
  const data = detail.areas.map((a) => ({
    area: a.code,
    current: a.gap.current ?? detail.scale.min,
    target: a.gap.target ?? detail.scale.min,
  }))
  const scoredAreas = detail.areas.filter((a) => a.gap.scored > 0).length
  const open = (itemId: number) =>
    goTo({ tab: 'list', assessmentId: detail.assessment.id, section: 'scoring', itemId })

  return (
    <div className="na-gaps">
      <ul className="na-figures" aria-label={t('assessments.gaps.overallLabel')}>
        {FIGURES.map((k) => (
          <li key={k}>
            <span className="na-figure-label">{t(`assessments.gaps.${k}`)}</span>
            <span className="na-figure" data-testid={k === 'target' ? undefined : `overall-${k}`}>
              {n(detail.overall[k])}
            </span>
          </li>
        ))}
        <li>
          <span className="na-figure-label">{t('assessments.gaps.scale')}</span>
          <span className="na-figure-small">
            {t('assessments.gaps.scaleRange', {
              name: local(detail.scale.name),
              min: detail.scale.min,
              max: detail.scale.max,
            })}
          </span>
        </li>
      </ul>
      <div className="na-gap-columns">
        <figure className="na-radar">
          {scoredAreas === 0 ? (
            <p className="empty">{t('assessments.gaps.nothingScored')}</p>
          ) : (
            <ResponsiveContainer width="100%" height={440}>
              <RadarChart
                data={data}
                outerRadius="78%"
                accessibilityLayer={false}
                role="img"
                aria-label={t('assessments.gaps.chartLabel')}
              >
                <PolarGrid />
                <PolarAngleAxis dataKey="area" tick={{ fontSize: 12, fill: '#1f2328' }} />
                <PolarRadiusAxis
                  domain={[detail.scale.min, detail.scale.max]}
                  tickCount={detail.scale.max - detail.scale.min + 1}
                  tick={{ fontSize: 11, fill: '#4b5563' }}
                  angle={90}
                />
                <Radar
                  name={t('assessments.gaps.current')}
                  dataKey="current"
                  stroke={CURRENT}
                  fill={CURRENT}
                  fillOpacity={0.25}
                  isAnimationActive={false}
                />
                <Radar
                  name={t('assessments.gaps.target')}
                  dataKey="target"
                  stroke={TARGET}
                  strokeDasharray="6 4"
                  fill={TARGET}
                  fillOpacity={0.05}
                  isAnimationActive={false}
                />
                <Legend />
              </RadarChart>
            </ResponsiveContainer>
          )}
          <figcaption className="muted">{t('assessments.gaps.chartCaption')}</figcaption>
        </figure>
        <div className="table-wrap na-gap-table">
          <table className="data-table" data-testid="gap-table">
            <caption>{t('assessments.gaps.tableCaption')}</caption>
            <TableHead
              columns={[
                t('assessments.gaps.area'),
                t('assessments.gaps.scored'),
                t('assessments.gaps.current'),
                t('assessments.gaps.target'),
                t('assessments.gaps.gap'),
              ]}
            />
            <tbody>
              {detail.areas.map((a) => (
                <tr key={a.id} data-area={a.code}>
                  <th scope="row">
                    <span className="na-item-code">{a.code}</span> {local(a.title)}
                  </th>
                  <GapCells gap={a.gap} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('assessments.gaps.overall')}</th>
                <GapCells gap={detail.overall} />
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
      <section aria-labelledby="largest-gaps" className="na-ranked">
        <h3 id="largest-gaps">{t('assessments.gaps.largest')}</h3>
        {detail.largestGaps.length === 0 ? (
          <p className="muted">{t('assessments.gaps.noGaps')}</p>
        ) : (
          <ol className="na-ranked-list" data-testid="largest-gaps">
            {detail.largestGaps.map((g) => (
              <li key={g.assessmentItemId}>
                <span className="na-ranked-gap" aria-hidden="true">
                  {g.gap}
                </span>
                <span className="na-ranked-body">
                  <span className="na-ranked-title">
                    <span className="na-item-code">{g.code}</span> {local(g.title)}
                  </span>
                  <span className="muted">
                    {t('assessments.gaps.rankedLine', {
                      current: levelLabel(detail.scale, g.current),
                      target: levelLabel(detail.scale, g.target),
                      gap: g.gap,
                    })}
                  </span>
                </span>
                <Button
                  className="button button-secondary button-small"
                  aria-label={t('assessments.gaps.openItem', { code: g.code })}
                  onPress={() => open(g.assessmentItemId)}
                >
                  {t('assessments.gaps.open')}
                </Button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  )
}
