/** A "B cannot start before A finishes" link: `activityId` depends on `dependsOnId`. */
export interface DependencyLink {
  activityId: number
  dependsOnId: number
}

/**
 * The cycle that adding `candidate` would close, as a list of activity ids from the candidate's
 * activity back to itself, or null when the link is safe.
 */
export function cycleIfAdded(
  existing: readonly DependencyLink[],
  candidate: DependencyLink,
): number[] | null {
  if (candidate.activityId === candidate.dependsOnId)
    return [candidate.activityId, candidate.activityId]
  const prerequisites = new Map<number, number[]>()
  for (const l of existing) {
    const list = prerequisites.get(l.activityId) ?? []
    list.push(l.dependsOnId)
    prerequisites.set(l.activityId, list)
  }
  // A cycle exists when the new prerequisite already (transitively) depends on the activity.
  const target = candidate.activityId
  const path = new Map<number, number | null>([[candidate.dependsOnId, null]])
  const queue = [candidate.dependsOnId]
  while (queue.length) {
    const node = queue.shift()!
    if (node === target) {
      // Walk back to the new prerequisite, then read forward: target → dependsOn → … → target.
      const back: number[] = []
      for (let n: number | null = node; n !== null; n = path.get(n) ?? null) back.push(n)
      return [target, ...back.reverse()]
    }
    for (const next of prerequisites.get(node) ?? []) {
      if (!path.has(next)) {
        path.set(next, node)
        queue.push(next)
      }
    }
  }
  return null
}
