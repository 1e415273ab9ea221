// Pure rules of the risk register: scores, bands, review dates, trend, tolerance, acceptance.
// They work on any matrix a template pack defines (3×5, 4×4, 5×5 …), never on a fixed size.

/** Text that may come translated from a pack (see shared/contract/packs.ts `LocalText`). */
type PackText = string | ({ en: string } & Record<string, string>)

/** One likelihood or impact level of a matrix, numbered 1, 2, 3 … */
export interface RiskLevel {
  level: number
  name: PackText
  descriptor?: PackText
}

/** A band of scores (e.g. Medium 5–9) with its colour, review interval and tolerance. */
export interface RiskBand {
  code: string
  name: PackText
  minScore: number
  maxScore: number
  /** `#RRGGBB`. */
  colour: string
  reviewIntervalDays: number
  /** False: a risk in this band can only be accepted with a recorded, time-limited acceptance. */
  tolerable: boolean
}

/** A likelihood × impact matrix as a pack defines it. */
export interface RiskMatrixDefinition {
  likelihood: RiskLevel[]
  impact: RiskLevel[]
  bands: RiskBand[]
}

/** A likelihood and an impact. */
export interface LxI {
  likelihood: number
  impact: number
}

/** Likelihood × impact. */
export const riskScore = (r: LxI): number => r.likelihood * r.impact

/** The band holding `score`, or undefined when the matrix has none for it. */
export function bandForScore(matrix: RiskMatrixDefinition, score: number): RiskBand | undefined {
  return matrix.bands.find((b) => score >= b.minScore && score <= b.maxScore)
}

/** The band of a rating. */
export const bandOf = (matrix: RiskMatrixDefinition, r: LxI): RiskBand | undefined =>
  bandForScore(matrix, riskScore(r))

/** Highest likelihood and impact levels of the matrix. */
export function matrixSize(matrix: RiskMatrixDefinition): { likelihood: number; impact: number } {
  return {
    likelihood: Math.max(0, ...matrix.likelihood.map((l) => l.level)),
    impact: Math.max(0, ...matrix.impact.map((l) => l.level)),
  }
}

/** True when both levels exist on the matrix. */
export function isOnMatrix(matrix: RiskMatrixDefinition, r: LxI): boolean {
  const size = matrixSize(matrix)
  const ok = (v: number, max: number) => Number.isInteger(v) && v >= 1 && v <= max
  return ok(r.likelihood, size.likelihood) && ok(r.impact, size.impact)
}

/** True when the rating falls in a band the administration does not tolerate. */
export function isAboveTolerance(matrix: RiskMatrixDefinition, r: LxI): boolean {
  return bandOf(matrix, r)?.tolerable === false
}

/** `date` (YYYY-MM-DD) plus `days` calendar days, in UTC so time zones never shift it. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** When the risk is next due for review: the rating date plus its residual band's interval. */
export function computedNextReview(
  matrix: RiskMatrixDefinition,
  ratedOn: string,
  residual: LxI,
): string {
  const band = bandOf(matrix, residual)
  return addDays(ratedOn, band?.reviewIntervalDays ?? 30)
}

/**
 * The review date that applies: a date the user set stays until the next re-rating replaces it;
 * otherwise the computed one.
 */
export function effectiveNextReview(input: {
  matrix: RiskMatrixDefinition
  ratedOn: string
  residual: LxI
  userDate: string | null
}): { nextReview: string; overridden: boolean } {
  const computed = computedNextReview(input.matrix, input.ratedOn, input.residual)
  if (input.userDate === null || input.userDate === computed)
    return { nextReview: computed, overridden: false }
  return { nextReview: input.userDate, overridden: true }
}

/** Direction of a risk's residual score between its last two ratings. */
export type RiskTrend = 'up' | 'same' | 'down' | 'new'

/** Trend from ratings oldest → newest: `new` when there is only one rating. */
export function ratingTrend(ratings: readonly { residual: LxI }[]): RiskTrend {
  if (ratings.length < 2) return 'new'
  const last = riskScore(ratings[ratings.length - 1]!.residual)
  const previous = riskScore(ratings[ratings.length - 2]!.residual)
  if (last > previous) return 'up'
  if (last < previous) return 'down'
  return 'same'
}

/** State of a risk's acceptance on `today`. */
export type AcceptanceState = 'none' | 'valid' | 'expired'

/** An acceptance lapses the day after `acceptedUntil`; then the risk comes back for review. */
export function acceptanceState(
  risk: { response: string; acceptedUntil: string | null },
  today: string,
): AcceptanceState {
  if (risk.response !== 'accept' || !risk.acceptedUntil) return 'none'
  return risk.acceptedUntil < today ? 'expired' : 'valid'
}

/** Statuses under which nothing is due any more. */
const FINISHED_RISK = new Set(['closed'])

/** Overdue for review: the review date has passed, or an acceptance has lapsed. */
export function isReviewOverdue(
  risk: { status: string; nextReview: string; response: string; acceptedUntil: string | null },
  today: string,
): boolean {
  if (FINISHED_RISK.has(risk.status)) return false
  return risk.nextReview < today || acceptanceState(risk, today) === 'expired'
}

/** A treatment action is overdue when its due date has passed and it is neither done nor cancelled. */
export function isActionOverdue(
  action: { dueDate: string; status: string },
  today: string,
): boolean {
  return (action.status === 'planned' || action.status === 'in_progress') && action.dueDate < today
}

/** Where an acceptance must be recorded, and what is missing from it. */
export function missingAcceptanceFields(
  risk: {
    response: string
    acceptedBy: string | null
    acceptanceReason: string | null
    acceptedUntil: string | null
  },
  tolerable: boolean,
): ('acceptedBy' | 'acceptanceReason' | 'acceptedUntil')[] {
  if (risk.response !== 'accept' || tolerable) return []
  const missing: ('acceptedBy' | 'acceptanceReason' | 'acceptedUntil')[] = []
  if (!risk.acceptedBy?.trim()) missing.push('acceptedBy')
  if (!risk.acceptanceReason?.trim()) missing.push('acceptanceReason')
  if (!risk.acceptedUntil) missing.push('acceptedUntil')
  return missing
}

// WCAG relative luminance of an sRGB colour.
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) return 1
  const n = parseInt(m[1]!, 16)
  const channel = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  )
}

/** WCAG contrast ratio between two colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Black or white, whichever reads better on `background`. */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff'
}
