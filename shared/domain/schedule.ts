/** What the schedule needs to know about an activity. */
export interface ScheduledActivity {
  id: number
  plannedStart: string
  plannedEnd: string
  status: 'not_started' | 'in_progress' | 'completed' | 'on_hold' | 'cancelled'
}

/**
 * Late: not finished (nor cancelled) and past its planned end, or not started although its
 * planned start has passed. Derived, never stored, so it follows the calendar on its own.
 */
export function isLate(a: ScheduledActivity, today: string): boolean {
  if (a.status === 'completed' || a.status === 'cancelled') return false
  if (today > a.plannedEnd) return true
  return a.status === 'not_started' && today > a.plannedStart
}

/**
 * Finish-to-start links the plan breaks: the activity is planned to start on or before the day
 * its prerequisite is planned to end. Shown as warnings, not refused, so a schedule can be
 * reworked one activity at a time.
 */
export function brokenLinks(
  activities: readonly ScheduledActivity[],
  links: readonly { activityId: number; dependsOnId: number }[],
): { activityId: number; dependsOnId: number }[] {
  const byId = new Map(activities.map((a) => [a.id, a]))
  return links.filter((l) => {
    const a = byId.get(l.activityId)
    const before = byId.get(l.dependsOnId)
    return a !== undefined && before !== undefined && a.plannedStart <= before.plannedEnd
  })
}
