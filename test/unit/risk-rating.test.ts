import { describe, expect, it } from 'vitest'
import {
  acceptanceState,
  addDays,
  bandOf,
  computedNextReview,
  contrastRatio,
  effectiveNextReview,
  isAboveTolerance,
  isActionOverdue,
  isOnMatrix,
  isReviewOverdue,
  matrixSize,
  missingAcceptanceFields,
  ratingTrend,
  riskScore,
  textColourOn,
  type RiskMatrixDefinition,
} from '../../shared/domain/risk-rating'
import {
  cellKey,
  filterRisks,
  heatMapCounts,
  isFiltered,
  type FilterableRisk,
} from '../../shared/domain/risk-register'

const levels = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ level: i + 1, name: `${prefix}${i + 1}` }))

// A 4×4 matrix as a pack would define it: scores 1–16 in three bands.
const m4x4: RiskMatrixDefinition = {
  likelihood: levels(4, 'L'),
  impact: levels(4, 'I'),
  bands: [
    {
      code: 'LOW',
      name: 'Low',
      minScore: 1,
      maxScore: 3,
      colour: '#2E7D32',
      reviewIntervalDays: 120,
      tolerable: true,
    },
    {
      code: 'MED',
      name: 'Medium',
      minScore: 4,
      maxScore: 8,
      colour: '#F9A825',
      reviewIntervalDays: 45,
      tolerable: true,
    },
    {
      code: 'HIGH',
      name: 'High',
      minScore: 9,
      maxScore: 16,
      colour: '#B71C1C',
      reviewIntervalDays: 10,
      tolerable: false,
    },
  ],
}

// A 3 (likelihood) × 5 (impact) matrix: scores 1–15.
const m3x5: RiskMatrixDefinition = {
  likelihood: levels(3, 'L'),
  impact: levels(5, 'I'),
  bands: [
    {
      code: 'G',
      name: 'Green',
      minScore: 1,
      maxScore: 4,
      colour: '#1B5E20',
      reviewIntervalDays: 90,
      tolerable: true,
    },
    {
      code: 'A',
      name: 'Amber',
      minScore: 5,
      maxScore: 9,
      colour: '#FFB300',
      reviewIntervalDays: 30,
      tolerable: true,
    },
    {
      code: 'R',
      name: 'Red',
      minScore: 10,
      maxScore: 15,
      colour: '#C62828',
      reviewIntervalDays: 7,
      tolerable: false,
    },
  ],
}

describe('risk scores and bands on matrices of any size', () => {
  it('scores likelihood × impact and finds the band on a 4×4 matrix', () => {
    expect(matrixSize(m4x4)).toEqual({ likelihood: 4, impact: 4 })
    expect(riskScore({ likelihood: 3, impact: 3 })).toBe(9)
    expect(bandOf(m4x4, { likelihood: 1, impact: 3 })?.code).toBe('LOW')
    expect(bandOf(m4x4, { likelihood: 2, impact: 2 })?.code).toBe('MED')
    expect(bandOf(m4x4, { likelihood: 2, impact: 4 })?.code).toBe('MED')
    expect(bandOf(m4x4, { likelihood: 3, impact: 3 })?.code).toBe('HIGH')
    expect(bandOf(m4x4, { likelihood: 4, impact: 4 })?.code).toBe('HIGH')
    expect(isOnMatrix(m4x4, { likelihood: 4, impact: 4 })).toBe(true)
    expect(isOnMatrix(m4x4, { likelihood: 5, impact: 1 })).toBe(false)
    expect(isOnMatrix(m4x4, { likelihood: 0, impact: 1 })).toBe(false)
  })

  it('keeps the axes apart on a 3×5 matrix', () => {
    expect(matrixSize(m3x5)).toEqual({ likelihood: 3, impact: 5 })
    expect(isOnMatrix(m3x5, { likelihood: 3, impact: 5 })).toBe(true)
    expect(isOnMatrix(m3x5, { likelihood: 4, impact: 3 })).toBe(false)
    expect(bandOf(m3x5, { likelihood: 3, impact: 5 })?.code).toBe('R')
    expect(bandOf(m3x5, { likelihood: 1, impact: 5 })?.code).toBe('A')
    expect(isAboveTolerance(m3x5, { likelihood: 2, impact: 5 })).toBe(true)
    expect(isAboveTolerance(m3x5, { likelihood: 3, impact: 3 })).toBe(false)
  })
})

describe('review dates', () => {
  it('adds the residual band’s interval to the rating date, across month and year ends', () => {
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04')
    expect(computedNextReview(m4x4, '2026-11-27', { likelihood: 4, impact: 4 })).toBe('2026-12-07')
    expect(computedNextReview(m4x4, '2026-01-31', { likelihood: 1, impact: 1 })).toBe('2026-05-31')
    expect(computedNextReview(m3x5, '2028-02-25', { likelihood: 3, impact: 4 })).toBe('2028-03-03')
  })

  it('lets a date set by the user override the computed one', () => {
    const base = { matrix: m4x4, ratedOn: '2026-11-01', residual: { likelihood: 2, impact: 2 } }
    expect(effectiveNextReview({ ...base, userDate: null })).toEqual({
      nextReview: '2026-12-16',
      overridden: false,
    })
    expect(effectiveNextReview({ ...base, userDate: '2026-11-20' })).toEqual({
      nextReview: '2026-11-20',
      overridden: true,
    })
    // Picking the computed date is not an override.
    expect(effectiveNextReview({ ...base, userDate: '2026-12-16' }).overridden).toBe(false)
  })

  it('flags overdue reviews, lapsed acceptances and overdue actions, but not for closed risks', () => {
    const today = '2026-11-27'
    const risk = {
      status: 'open',
      nextReview: '2026-11-26',
      response: 'mitigate',
      acceptedUntil: null,
    }
    expect(isReviewOverdue(risk, today)).toBe(true)
    expect(isReviewOverdue({ ...risk, nextReview: today }, today)).toBe(false)
    expect(isReviewOverdue({ ...risk, status: 'closed' }, today)).toBe(false)
    const accepted = { ...risk, nextReview: '2027-01-01', response: 'accept' }
    expect(acceptanceState({ ...accepted, acceptedUntil: '2026-11-27' }, today)).toBe('valid')
    expect(acceptanceState({ ...accepted, acceptedUntil: '2026-11-26' }, today)).toBe('expired')
    expect(
      acceptanceState({ ...accepted, response: 'mitigate', acceptedUntil: '2026-01-01' }, today),
    ).toBe('none')
    expect(isReviewOverdue({ ...accepted, acceptedUntil: '2026-11-26' }, today)).toBe(true)
    expect(isReviewOverdue({ ...accepted, acceptedUntil: '2026-12-31' }, today)).toBe(false)
    expect(isActionOverdue({ dueDate: '2026-11-26', status: 'in_progress' }, today)).toBe(true)
    expect(isActionOverdue({ dueDate: '2026-11-26', status: 'done' }, today)).toBe(false)
    expect(isActionOverdue({ dueDate: '2026-11-27', status: 'planned' }, today)).toBe(false)
  })

  it('requires who, why and until when only for accepting a risk above tolerance', () => {
    const blank = {
      response: 'accept',
      acceptedBy: ' ',
      acceptanceReason: null,
      acceptedUntil: null,
    }
    expect(missingAcceptanceFields(blank, false)).toEqual([
      'acceptedBy',
      'acceptanceReason',
      'acceptedUntil',
    ])
    expect(missingAcceptanceFields(blank, true)).toEqual([])
    expect(missingAcceptanceFields({ ...blank, response: 'mitigate' }, false)).toEqual([])
  })
})

describe('trend of a risk', () => {
  const r = (likelihood: number, impact: number) => ({ residual: { likelihood, impact } })
  it('compares the residual scores of the last two ratings', () => {
    expect(ratingTrend([r(3, 3)])).toBe('new')
    expect(ratingTrend([r(3, 3), r(4, 3)])).toBe('up')
    expect(ratingTrend([r(4, 3), r(2, 3), r(3, 2)])).toBe('same')
    expect(ratingTrend([r(5, 5), r(1, 1), r(4, 4), r(2, 2)])).toBe('down')
  })
})

describe('heat-map text and filters', () => {
  it('picks black or white text with at least AA contrast on every band colour', () => {
    for (const band of [...m4x4.bands, ...m3x5.bands]) {
      const text = textColourOn(band.colour)
      expect(contrastRatio(band.colour, text)).toBeGreaterThanOrEqual(4.5)
    }
    expect(textColourOn('#F9A825')).toBe('#000000')
    expect(textColourOn('#B71C1C')).toBe('#ffffff')
  })

  const risk = (over: Partial<FilterableRisk>): FilterableRisk => ({
    objectiveIds: [],
    owner: 'Head of ICT',
    category: 'technical',
    status: 'open',
    reviewOverdue: false,
    overdueActionCount: 0,
    inherentLikelihood: 4,
    inherentImpact: 4,
    residualLikelihood: 2,
    residualImpact: 3,
    ...over,
  })
  const risks = [
    risk({ objectiveIds: [1] }),
    risk({ objectiveIds: [2], owner: 'Director, Enforcement', reviewOverdue: true }),
    risk({ objectiveIds: [1], status: 'closed' }),
    risk({
      objectiveIds: [1],
      category: 'integrity',
      overdueActionCount: 2,
      residualLikelihood: 1,
    }),
  ]

  it('combines filters and hides closed risks unless asked', () => {
    expect(filterRisks(risks, {})).toHaveLength(3)
    expect(filterRisks(risks, { status: 'all' })).toHaveLength(4)
    expect(filterRisks(risks, { objectiveId: 1 })).toHaveLength(2)
    expect(filterRisks(risks, { objectiveId: 1, category: 'INTEGRITY' })).toEqual([risks[3]])
    expect(filterRisks(risks, { owner: 'director, enforcement', overdueReview: true })).toEqual([
      risks[1],
    ])
    expect(filterRisks(risks, { overdueAction: true })).toEqual([risks[3]])
    expect(
      filterRisks(risks, { cell: { rating: 'residual', likelihood: 2, impact: 3 } }),
    ).toHaveLength(2)
    expect(isFiltered({ status: 'active' })).toBe(false)
    expect(isFiltered({ overdueAction: true })).toBe(true)
  })

  it('counts risks per cell, ignoring the cell filter itself', () => {
    const cell = { rating: 'residual' as const, likelihood: 2, impact: 3 }
    const residual = heatMapCounts(risks, 'residual', { cell })
    expect(residual.get(cellKey(2, 3))).toBe(2)
    expect(residual.get(cellKey(1, 3))).toBe(1)
    expect(heatMapCounts(risks, 'inherent').get(cellKey(4, 4))).toBe(3)
  })
})
