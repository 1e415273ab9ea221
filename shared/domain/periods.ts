/** How often an indicator is measured. Periods are calendar months, quarters and years. */
export type Frequency = 'monthly' | 'quarterly' | 'yearly'

/** A reporting period with its first and last day (YYYY-MM-DD, inclusive). */
export interface PeriodBounds {
  period: string
  start: string
  end: string
}

// Four-digit years only: ISO dates, and the period strings stored beside them, need exactly four.
const PATTERNS: Record<Frequency, RegExp> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  yearly: /^(\d{4})$/,
}

/** An example of how a period is written for each frequency (used in messages). */
export const PERIOD_EXAMPLES: Record<Frequency, string> = {
  monthly: '2026-03',
  quarterly: '2026-Q1',
  yearly: '2026',
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

function monthsToBounds(period: string, y: number, firstMonth: number, months: number) {
  const endMonth = firstMonth + months - 1
  return { period, start: iso(y, firstMonth, 1), end: iso(y, endMonth, lastDay(y, endMonth)) }
}

/**
 * The first and last day of a period written for `frequency` (2026-03, 2026-Q1 or 2026), or null
 * when the text is not such a period — a quarter for a monthly indicator is refused, too.
 */
export function parsePeriod(period: string, frequency: Frequency): PeriodBounds | null {
  const m = PATTERNS[frequency].exec(period)
  if (!m) return null
  const y = Number(m[1])
  if (frequency === 'monthly') return monthsToBounds(period, y, Number(m[2]), 1)
  if (frequency === 'quarterly') return monthsToBounds(period, y, (Number(m[2]) - 1) * 3 + 1, 3)
  return monthsToBounds(period, y, 1, 12)
}

/** The period of `frequency` that contains the date (YYYY-MM-DD). */
export function periodOf(date: string, frequency: Frequency): string {
  const y = date.slice(0, 4)
  const month = Number(date.slice(5, 7))
  if (frequency === 'monthly') return `${y}-${pad(month)}`
  if (frequency === 'quarterly') return `${y}-Q${Math.floor((month - 1) / 3) + 1}`
  return y
}

/** The period right after `period` (same frequency). */
export function nextPeriod(period: string, frequency: Frequency): string {
  const b = parsePeriod(period, frequency)
  if (!b) throw new Error(`Not a ${frequency} period: ${period}`)
  const [y, m, d] = b.end.split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(y, m - 1, d + 1))
  return periodOf(next.toISOString().slice(0, 10), frequency)
}

/** The period right before `period` (same frequency). */
export function previousPeriod(period: string, frequency: Frequency): string {
  const b = parsePeriod(period, frequency)
  if (!b) throw new Error(`Not a ${frequency} period: ${period}`)
  const [y, m, d] = b.start.split('-').map(Number) as [number, number, number]
  const before = new Date(Date.UTC(y, m - 1, d - 1))
  return periodOf(before.toISOString().slice(0, 10), frequency)
}

/** Every period from the one holding `from` to the one holding `to`, both included, in order. */
export function periodsBetween(from: string, to: string, frequency: Frequency): string[] {
  if (to < from) return []
  const last = periodOf(to, frequency)
  const out: string[] = []
  for (let p = periodOf(from, frequency); ; p = nextPeriod(p, frequency)) {
    out.push(p)
    if (p === last) return out
  }
}

/**
 * The latest period that has fully ended on `today` (YYYY-MM-DD): on 2026-11-27 that is 2026-10,
 * 2026-Q3 or 2025. Reporting always concerns a period that is over.
 */
export function lastEndedPeriod(today: string, frequency: Frequency): string {
  const current = periodOf(today, frequency)
  const b = parsePeriod(current, frequency)!
  return b.end === today ? current : previousPeriod(current, frequency)
}
