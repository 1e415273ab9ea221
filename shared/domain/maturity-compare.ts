import { gapByArea, summariseGap, type GapSummary, type ScoredItem } from './maturity-gap'

const round2 = (n: number) => Math.round(n * 100) / 100

/** Later minus earlier, or null when either side is missing. */
export function levelChange(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : round2(after - before)
}

/** One area of two assessments side by side. */
export interface AreaComparison {
  base: GapSummary
  other: GapSummary
  /** Change of the mean current level (later − earlier); null when either has no scores. */
  change: number | null
}

/**
 * Compares two assessments of the same framework area by area. Items are matched by the
 * framework item they score (`itemId`), so each side may leave items unscored or not applicable.
 */
export function compareByArea(
  base: readonly ScoredItem[],
  other: readonly ScoredItem[],
  areaIds: readonly number[],
): Map<number, AreaComparison> {
  const b = gapByArea(base, areaIds)
  const o = gapByArea(other, areaIds)
  return new Map(
    areaIds.map((id) => {
      const bs = b.get(id)!
      const os = o.get(id)!
      return [id, { base: bs, other: os, change: levelChange(bs.current, os.current) }]
    }),
  )
}

/** The whole of two assessments side by side. */
export function compareOverall(
  base: readonly ScoredItem[],
  other: readonly ScoredItem[],
): AreaComparison {
  const bs = summariseGap(base)
  const os = summariseGap(other)
  return { base: bs, other: os, change: levelChange(bs.current, os.current) }
}
