/** How much time one screen of the timeline shows. */
export type TimelineZoom = 'month' | 'quarter'

/** Pixels per day at each zoom: a month column is about 120 px wide, a quarter column too. */
export const PX_PER_DAY: Record<TimelineZoom, number> = { month: 4, quarter: 1.35 }

const DAY_MS = 86_400_000

/** Days since 1970-01-01 for a YYYY-MM-DD date (UTC, so no daylight-saving surprises). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)
}

/** The YYYY-MM-DD date of a day number. */
export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** `iso` moved by `days` (negative moves earlier). */
export const addDays = (iso: string, days: number): string => isoFromDay(dayNumber(iso) + days)

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from)

function monthStart(iso: string, zoom: TimelineZoom): { y: number; m: number } {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7)) - 1
  return { y, m: zoom === 'quarter' ? m - (m % 3) : m }
}

const iso = (y: number, m: number) => {
  const d = new Date(Date.UTC(y, m, 1))
  return d.toISOString().slice(0, 10)
}

/** One column of the time axis: a month or a quarter. */
export interface TimelineTick {
  start: string
  /** First day after the column. */
  next: string
  year: number
  /** Month 1–12, or quarter 1–4. */
  index: number
}

/** The span the timeline draws: whole months or quarters around every date given. */
export function timelineRange(
  dates: readonly string[],
  zoom: TimelineZoom,
): { start: string; end: string } | null {
  const sorted = dates.filter(Boolean).sort()
  if (sorted.length === 0) return null
  const first = monthStart(sorted[0]!, zoom)
  const last = monthStart(sorted.at(-1)!, zoom)
  const step = zoom === 'quarter' ? 3 : 1
  return { start: iso(first.y, first.m), end: iso(last.y, last.m + step) }
}

/** The columns between `start` (a column start) and `end` (exclusive). */
export function timelineTicks(
  range: { start: string; end: string },
  zoom: TimelineZoom,
): TimelineTick[] {
  const step = zoom === 'quarter' ? 3 : 1
  const ticks: TimelineTick[] = []
  let { y, m } = monthStart(range.start, zoom)
  // A guard against a runaway loop on absurd ranges: 100 years of months.
  for (let i = 0; i < 1200; i++) {
    const start = iso(y, m)
    if (start >= range.end) break
    const next = iso(y, m + step)
    ticks.push({ start, next, year: y, index: zoom === 'quarter' ? m / 3 + 1 : m + 1 })
    m += step
    if (m >= 12) {
      y += 1
      m -= 12
    }
  }
  return ticks
}

/** Horizontal position of the start of `date` on a timeline beginning at `origin`. */
export const xOf = (date: string, origin: string, zoom: TimelineZoom): number =>
  daysBetween(origin, date) * PX_PER_DAY[zoom]
