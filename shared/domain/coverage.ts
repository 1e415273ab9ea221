/** How the plan answers a recommendation or a gap. */
export type CoverageStatus = 'addressed' | 'deferred' | 'not_covered'

/** Addressed when linked to the plan; deferred when a reason is recorded; otherwise not covered. */
export function coverageStatus(input: {
  links: number
  deferredReason: string | null | undefined
}): CoverageStatus {
  if (input.links > 0) return 'addressed'
  if (input.deferredReason && input.deferredReason.trim() !== '') return 'deferred'
  return 'not_covered'
}

const ORDER: Record<CoverageStatus, number> = { not_covered: 0, deferred: 1, addressed: 2 }

/** Not-covered first (what the head of unit must see), then deferred, then addressed. */
export function byCoverageUrgency<T extends { status: CoverageStatus }>(a: T, b: T): number {
  return ORDER[a.status] - ORDER[b.status]
}
