import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import {
  MAX_SURVEY_SCORE,
  SURVEY_POPULATIONS,
  type SurveyPopulation,
  type SurveyWave,
} from '../../../../shared/contract'
import { compareByFactor } from '../../../../shared/domain/integrity-compare'
import { SelectField } from '../../components/SelectField'
import { ChangeCell, FactorTable } from './FactorTable'
import { changeText, formatScore, type IntegrityTabProps } from './integrity-format'
import { formatDate } from '../../lib/format'

// Up to three waves side by side keeps the bars readable at 1280 px; the table lists them all.
const CHART_WAVES = 3
// Oldest to latest: ochre, mid blue, navy (the latest is always navy). Each has at least 3:1
// contrast on white; the legend and the table say the same in words.
const BAR_COLOURS = ['#a35400', '#5f7aa8', '#1f3a68']

const scoresOf = (w: SurveyWave | undefined) =>
  new Map((w?.scores ?? []).map((s) => [s.factorItemId, s.score]))

/** Compares the waves of one population factor by factor: a grouped bar chart and a table. */
export function SurveyCompare({ data, framework }: IntegrityTabProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [population, setPopulation] = useState<SurveyPopulation>('staff')
  const waves = data.waves.filter((w) => w.population === population)
  const charted = waves.slice(-CHART_WAVES)
  const [previous, latest] = [waves.at(-2), waves.at(-1)]
  const changes = compareByFactor(
    scoresOf(previous),
    scoresOf(latest),
    framework.factors.map((f) => f.id),
  )
  const waveName = (w: SurveyWave) => `${w.title} (${formatDate(w.conductedOn, lang)})`
  const chartData = framework.factors.map((f) => ({
    code: f.code,
    ...Object.fromEntries(charted.map((w) => [`w${w.id}`, scoresOf(w).get(f.id) ?? null])),
  }))

  return (
    <section aria-labelledby="compare-waves" className="ig-compare-section">
      <h2 id="compare-waves">{t('integrity.compare.wavesHeading')}</h2>
      <div className="ig-tab-toolbar">
        <SelectField
          id="compare-population"
          label={t('integrity.fields.population')}
          options={SURVEY_POPULATIONS.map((id) => ({
            id,
            label: t(`integrity.populations.${id}`),
          }))}
          value={population}
          onChange={(v) => setPopulation(v)}
        />
      </div>
      {waves.length === 0 ? (
        <p className="empty">{t('integrity.compare.noWaves')}</p>
      ) : (
        <>
          <figure className="ig-chart-figure">
            <ResponsiveContainer width="100%" height={320}>
              <BarChart
                data={chartData}
                margin={{ top: 20, right: 8, bottom: 0, left: 0 }}
                accessibilityLayer={false}
                role="img"
                aria-label={t('integrity.compare.chartLabel', {
                  population: t(`integrity.populations.${population}`),
                })}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="code" tick={{ fontSize: 12 }} interval={0} />
                <YAxis domain={[0, MAX_SURVEY_SCORE]} tick={{ fontSize: 12 }} width={36} />
                <Legend />
                {charted.map((w, i) => (
                  <Bar
                    key={w.id}
                    dataKey={`w${w.id}`}
                    name={waveName(w)}
                    fill={BAR_COLOURS[(i + CHART_WAVES - charted.length) % BAR_COLOURS.length]}
                    isAnimationActive={false}
                  >
                    <LabelList dataKey={`w${w.id}`} position="top" fontSize={11} />
                  </Bar>
                ))}
              </BarChart>
            </ResponsiveContainer>
            <figcaption className="muted">{t('integrity.compare.chartCaption')}</figcaption>
          </figure>
          <FactorTable
            framework={framework}
            className="ig-compare-table"
            testId="wave-comparison"
            caption={t('integrity.compare.wavesCaption', {
              population: t(`integrity.populations.${population}`),
            })}
            columns={[
              ...waves.map(waveName),
              ...(waves.length > 1 ? [t('integrity.columns.change')] : []),
            ]}
            cells={(f, i) => {
              const c = changes[i]!
              return (
                <>
                  {waves.map((w) => {
                    const s = scoresOf(w).get(f.id)
                    return (
                      <td key={w.id} className="ig-cell-number">
                        {s === undefined ? '—' : formatScore(s, lang)}
                      </td>
                    )
                  })}
                  {waves.length > 1 ? (
                    <ChangeCell direction={c.direction} text={changeText(t, c, 'points', lang)} />
                  ) : null}
                </>
              )
            }}
          />
        </>
      )}
    </section>
  )
}
