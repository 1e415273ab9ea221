/** One scored item of an assessment, with the area (top-level heading) it belongs to. */
export interface ScoredItem {
  itemId: number
  areaId: number
  current: number | null
  target: number | null
  notApplicable: boolean
  /** Weight from the framework (default 1). */
  weight?: number
}

/** Current vs target for one area or the whole assessment. */
export interface GapSummary {
  /** Weighted mean current level over scored items, or null when none is scored. */
  current: number | null
  target: number | null
  /** target − current (positive: short of target). */
  gap: number | null
  scored: number
  applicable: number
}

/** True when an item has both levels and is not marked not applicable. */
export const isScored = (i: ScoredItem): boolean =>
  !i.notApplicable && i.current !== null && i.target !== null

const round2 = (n: number) => Math.round(n * 100) / 100

/** Weighted means of current and target over the scored items; not-applicable items are left out. */
export function summariseGap(items: readonly ScoredItem[]): GapSummary {
  const applicable = items.filter((i) => !i.notApplicable)
  const scored = applicable.filter(isScored)
  const totalWeight = scored.reduce((s, i) => s + (i.weight ?? 1), 0)
  if (scored.length === 0 || totalWeight === 0) {
    return {
      current: null,
      target: null,
      gap: null,
      scored: scored.length,
      applicable: applicable.length,
    }
  }
  const mean = (pick: (i: ScoredItem) => number) =>
    scored.reduce((s, i) => s + pick(i) * (i.weight ?? 1), 0) / totalWeight
  const current = round2(mean((i) => i.current!))
  const target = round2(mean((i) => i.target!))
  return {
    current,
    target,
    gap: round2(target - current),
    scored: scored.length,
    applicable: applicable.length,
  }
}

/** Gap summaries per area, in the order areas are given. */
export function gapByArea(
  items: readonly ScoredItem[],
  areaIds: readonly number[],
): Map<number, GapSummary> {
  return new Map(areaIds.map((a) => [a, summariseGap(items.filter((i) => i.areaId === a))]))
}

/** Scored items ranked by gap, largest first (ties: higher target first, then item id). */
export function largestGaps(
  items: readonly ScoredItem[],
  limit = 10,
): (ScoredItem & { gap: number })[] {
  return items
    .filter(isScored)
    .map((i) => ({ ...i, gap: i.target! - i.current! }))
    .filter((i) => i.gap > 0)
    .sort((a, b) => b.gap - a.gap || b.target! - a.target! || a.itemId - b.itemId)
    .slice(0, limit)
}

/** A gap at least this many levels wide counts as high priority in the coverage view. */
export const HIGH_PRIORITY_GAP = 2
