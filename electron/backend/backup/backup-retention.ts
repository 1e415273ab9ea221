import type { DataSafetySettings } from '../../../shared/contract'

/** The default schedule: 7 daily, 4 weekly, 12 monthly backups, and no second folder. */
export const DEFAULT_DATA_SAFETY: DataSafetySettings = {
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
  secondFolder: '',
}

/** The newest backups are always kept, whatever the schedule (e.g. one taken before an upgrade). */
export const ALWAYS_KEEP_NEWEST = 3

const day = (iso: string) => iso.slice(0, 10)
const month = (iso: string) => iso.slice(0, 7)
// ISO week: the Thursday of the week decides its year.
function week(iso: string): string {
  const d = new Date(`${day(iso)}T00:00:00Z`)
  const weekday = (d.getUTCDay() + 6) % 7
  d.setUTCDate(d.getUTCDate() - weekday + 3)
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4))
  const n = 1 + Math.round((d.getTime() - firstThursday.getTime()) / 604_800_000)
  return `${d.getUTCFullYear()}-W${String(n).padStart(2, '0')}`
}

/**
 * Which backups a schedule keeps: the newest of each of the last `keepDaily` days, `keepWeekly`
 * ISO weeks and `keepMonthly` months that have a backup, plus the few newest. Returns the names
 * to delete. Backups that failed their check never count towards a slot (and are deleted once
 * outside the newest few), so a bad copy never pushes a good one out.
 */
export function backupsToDelete(
  backups: readonly { name: string; takenAt: string; ok: boolean }[],
  schedule: Pick<DataSafetySettings, 'keepDaily' | 'keepWeekly' | 'keepMonthly'>,
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt))
  const keep = new Set(newestFirst.slice(0, ALWAYS_KEEP_NEWEST).map((b) => b.name))
  const buckets: [(iso: string) => string, number][] = [
    [day, schedule.keepDaily],
    [week, schedule.keepWeekly],
    [month, schedule.keepMonthly],
  ]
  for (const [bucketOf, slots] of buckets) {
    const seen = new Set<string>()
    for (const b of newestFirst) {
      if (!b.ok) continue
      const bucket = bucketOf(b.takenAt)
      if (seen.has(bucket)) continue
      if (seen.size >= slots) break
      seen.add(bucket)
      keep.add(b.name)
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name)
}
