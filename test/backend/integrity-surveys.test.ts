import { describe, expect, it } from 'vitest'
import type { SurveyWave } from '../../shared/contract'
import { count } from '../helpers/temp-backend'
import {
  auditActions,
  auditCount,
  factorId,
  failure,
  getData,
  integrityBackend,
  itemId,
  value,
} from './integrity-helpers'

describe('perception survey waves', () => {
  it('stores a score per factor and shows the latest per population with the previous one', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const fw = data.framework!.id
    const rad1 = factorId(data, 'RAD.1')
    const rad9 = factorId(data, 'RAD.9')
    const wave = async (conductedOn: string, population: string, s1: number, s9?: number) =>
      value<SurveyWave>(
        await b.call('integrity:createWave', {
          frameworkId: fw,
          title: `CIPS ${population} ${conductedOn.slice(0, 4)}`,
          conductedOn,
          population,
          respondents: 400,
          sensitivity: 2,
          scores: [
            { factorItemId: rad1, score: s1 },
            ...(s9 === undefined ? [] : [{ factorItemId: rad9, score: s9 }]),
          ],
        }),
      )
    await wave('2023-06-01', 'staff', 48, 40)
    const latest = await wave('2025-06-01', 'staff', 61.5)
    await wave('2025-07-01', 'private_sector', 37)
    expect(latest.scores).toEqual([{ factorItemId: rad1, score: 61.5 }])
    const after = await getData(b)
    expect(after.waves.map((w) => w.conductedOn)).toEqual([
      '2023-06-01',
      '2025-06-01',
      '2025-07-01',
    ])
    const row = (id: number) => after.overview.find((o) => o.factorItemId === id)!
    expect(row(rad1).latestScores.staff).toMatchObject({ value: 61.5, previous: 48 })
    expect(row(rad1).latestScores.private_sector).toMatchObject({ value: 37, previous: null })
    expect(row(rad9).latestScores.staff).toMatchObject({ value: 40, date: '2023-06-01' })
    expect(after.waves[0]!.sensitivity).toBe(2)
  })

  it('refuses scores outside 0–100, twice the same factor, or a factor of another framework', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const rad1 = factorId(data, 'RAD.1')
    const base = {
      frameworkId: data.framework!.id,
      title: 'CIPS staff 2025',
      conductedOn: '2025-06-01',
      population: 'staff',
      respondents: 120,
    }
    const before = await auditCount(b)
    const high = failure(
      await b.call('integrity:createWave', {
        ...base,
        scores: [{ factorItemId: rad1, score: 101 }],
      }),
    )
    expect(high.details?.[0]).toMatchObject({ path: 'scores.0.score' })
    const twice = failure(
      await b.call('integrity:createWave', {
        ...base,
        scores: [
          { factorItemId: rad1, score: 50 },
          { factorItemId: rad1, score: 60 },
        ],
      }),
    )
    expect(twice.message).toBe('Scores gives the same factor two scores.')
    const negative = failure(await b.call('integrity:createWave', { ...base, respondents: -5 }))
    expect(negative.details?.[0]?.path).toBe('respondents')
    const wrongPopulation = failure(
      await b.call('integrity:createWave', { ...base, population: 'public' }),
    )
    expect(wrongPopulation.details?.[0]?.path).toBe('population')
    const dfItem = await itemId(b, 'framework_item', { scope: 'DF' })
    expect(
      failure(
        await b.call('integrity:createWave', {
          ...base,
          scores: [{ factorItemId: dfItem, score: 5 }],
        }),
      ).details?.[0]?.path,
    ).toBe('scores')
    expect(await count(b, 'survey_waves')).toBe(0)
    expect(await auditCount(b)).toBe(before)
  })

  it('replaces the scores on update and deletes a wave with its scores, audited', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const [f1, f2] = [factorId(data, 'RAD.1'), factorId(data, 'RAD.2')]
    const w = value<SurveyWave>(
      await b.call('integrity:createWave', {
        frameworkId: data.framework!.id,
        title: 'CIPS staff 2025',
        conductedOn: '2025-06-01',
        population: 'staff',
        respondents: 120,
        scores: [{ factorItemId: f1, score: 50 }],
      }),
    )
    const { frameworkId: _f, createdAt: _c, updatedAt: _u, ...edit } = w
    const updated = value<SurveyWave>(
      await b.call('integrity:updateWave', {
        ...edit,
        respondents: 140,
        scores: [{ factorItemId: f2, score: 70 }],
      }),
    )
    expect(updated).toMatchObject({
      respondents: 140,
      version: 2,
      scores: [{ factorItemId: f2, score: 70 }],
    })
    expect(failure(await b.call('integrity:updateWave', edit)).code).toBe('conflict')
    value(await b.call('integrity:deleteWave', { id: w.id, version: 2 }))
    expect(await count(b, 'survey_scores')).toBe(0)
    expect(await auditActions(b, 'survey_wave')).toEqual(['create', 'update', 'delete'])
  })
})
