import { HIGH_PRIORITY_GAP } from './maturity-gap'

/** What the coverage rules need from a recommendation. */
export interface TracedRecommendation {
  priority: 'high' | 'medium' | 'low'
  accepted: 'pending' | 'yes' | 'partly' | 'no'
}

/** What the coverage rules need from a scored item. */
export interface TracedItem {
  current: number | null
  target: number | null
  notApplicable: boolean
}

/** An accepted (fully or partly) recommendation must be answered by the plan. */
export const needsCoverage = (r: TracedRecommendation): boolean =>
  r.accepted === 'yes' || r.accepted === 'partly'

/** A recommendation that still counts (everything except a rejected one). */
export const isLive = (r: TracedRecommendation): boolean => r.accepted !== 'no'

/** The gap of a scored, applicable item (target − current), or null. */
export function itemGap(i: TracedItem): number | null {
  if (i.notApplicable || i.current === null || i.target === null) return null
  return i.target - i.current
}

/**
 * A high-priority gap: at least HIGH_PRIORITY_GAP levels short of target, or carrying a
 * high-priority recommendation that was not rejected. Not-applicable items never are.
 */
export function isHighPriorityGap(
  item: TracedItem,
  recommendations: readonly TracedRecommendation[],
): boolean {
  if (item.notApplicable) return false
  const gap = itemGap(item)
  if (gap !== null && gap >= HIGH_PRIORITY_GAP) return true
  return recommendations.some((r) => r.priority === 'high' && isLive(r))
}
