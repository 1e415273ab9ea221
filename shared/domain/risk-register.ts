// Pure rules for looking at the register: filters and heat-map counts. The backend's
// `risks:list` and the Risks view use the same functions, so both always agree.

/** Which rating a heat map (or a cell filter) looks at. */
export type RatingKind = 'inherent' | 'residual'

/** Status filter: `active` = everything except closed risks. */
export type StatusFilter = 'active' | 'all' | 'open' | 'monitoring' | 'closed' | 'materialised'

/** A heat-map cell the register is narrowed to. */
export interface CellFilter {
  rating: RatingKind
  likelihood: number
  impact: number
}

/** Register filters; every one set must match (they combine). */
export interface RegisterFilter {
  objectiveId?: number | null
  owner?: string | null
  category?: string | null
  status?: StatusFilter | null
  overdueReview?: boolean | null
  overdueAction?: boolean | null
  cell?: CellFilter | null
}

/** What the filters read from a risk. */
export interface FilterableRisk {
  /** Objectives the risk bears on: its own, or the one above its result or project. */
  objectiveIds: number[]
  owner: string
  category: string
  status: string
  reviewOverdue: boolean
  overdueActionCount: number
  inherentLikelihood: number
  inherentImpact: number
  residualLikelihood: number
  residualImpact: number
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** The levels of the given rating kind. */
export function ratingOf(risk: FilterableRisk, kind: RatingKind): { l: number; i: number } {
  return kind === 'inherent'
    ? { l: risk.inherentLikelihood, i: risk.inherentImpact }
    : { l: risk.residualLikelihood, i: risk.residualImpact }
}

/** True when the risk passes every filter that is set. */
export function matchesFilter(risk: FilterableRisk, f: RegisterFilter): boolean {
  if (f.objectiveId != null && !risk.objectiveIds.includes(f.objectiveId)) return false
  if (f.owner && !same(risk.owner, f.owner)) return false
  if (f.category && !same(risk.category, f.category)) return false
  const status = f.status ?? 'active'
  if (status === 'active' && risk.status === 'closed') return false
  if (status !== 'active' && status !== 'all' && risk.status !== status) return false
  if (f.overdueReview && !risk.reviewOverdue) return false
  if (f.overdueAction && risk.overdueActionCount === 0) return false
  if (f.cell) {
    const r = ratingOf(risk, f.cell.rating)
    if (r.l !== f.cell.likelihood || r.i !== f.cell.impact) return false
  }
  return true
}

/** The risks passing the filters, in their given order. */
export function filterRisks<R extends FilterableRisk>(risks: readonly R[], f: RegisterFilter): R[] {
  return risks.filter((r) => matchesFilter(r, f))
}

/** Key of a heat-map cell. */
export const cellKey = (likelihood: number, impact: number): string => `${likelihood}x${impact}`

/**
 * Risks per cell for the chosen rating. The cell filter itself is ignored so the map keeps
 * showing the whole (otherwise filtered) register while one cell is selected.
 */
export function heatMapCounts(
  risks: readonly FilterableRisk[],
  kind: RatingKind,
  f: RegisterFilter = {},
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const risk of risks) {
    if (!matchesFilter(risk, { ...f, cell: null })) continue
    const r = ratingOf(risk, kind)
    const key = cellKey(r.l, r.i)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** True when any filter beyond the default (all but closed) is set. */
export function isFiltered(f: RegisterFilter): boolean {
  return Boolean(
    f.objectiveId != null ||
    f.owner ||
    f.category ||
    (f.status && f.status !== 'active') ||
    f.overdueReview ||
    f.overdueAction ||
    f.cell,
  )
}
