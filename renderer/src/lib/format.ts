// Numbers, dates and money in the reader's language and region, read and written the same way
// everywhere. Display helpers isolate what they return when the page runs right-to-left, so a
// date or an amount keeps its own order inside the sentence around it ("10 nov 2025" never
// becomes "nov 2025 10"). Input helpers (formatNumberInput, parseNumber) never isolate: an
// invisible mark inside an input's value would be typed back into the data.

const FSI = '\u2068' // first-strong isolate
const PDI = '\u2069' // pop directional isolate

let regionOverride: string | null = null

/** Sets the locale (e.g. "en-US") that dates and numbers follow, or null for the system's. */
export function setFormatRegion(locale: string | null): void {
  regionOverride = locale
}

/**
 * The locale for `language`: the override if its language matches, else the system's own tag
 * for that language ("en-US", "fr-CA"), else British English for English and the bare language
 * otherwise. A user whose system says en-GB reads "3 Dec 2026"; en-US reads "Dec 3, 2026".
 */
export function localeFor(language: string): string {
  const base = language.toLowerCase().split('-')[0] ?? language
  if (regionOverride?.toLowerCase().startsWith(`${base}-`)) return regionOverride
  if (language.includes('-')) return language
  const system = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [])
  const own = system.find((tag) => tag.toLowerCase().startsWith(`${base}-`))
  return own ?? (base === 'en' ? 'en-GB' : base)
}

/** True when the page is laid out right-to-left. */
export function isRightToLeft(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dir === 'rtl'
}

/** `text` wrapped in Unicode isolates when the page runs right-to-left, else unchanged. */
export function isolate(text: string): string {
  return text && isRightToLeft() ? `${FSI}${text}${PDI}` : text
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar date (YYYY-MM-DD) in the reader's language, e.g. "27 Nov 2026"; else unchanged. */
export function formatDate(
  iso: string | null | undefined,
  language: string,
  style: 'medium' | 'long' = 'medium',
): string {
  if (!iso) return ''
  const parts = ISO_DATE.exec(iso.slice(0, 10))
  if (!parts) return iso
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])))
  const format = new Intl.DateTimeFormat(localeFor(language), { dateStyle: style, timeZone: 'UTC' })
  return isolate(format.format(date))
}

/** A date and time in the reader's language, e.g. "3 Mar 2026, 14:05". */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const format = new Intl.DateTimeFormat(localeFor(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  return isolate(format.format(date))
}

/** The twelve month names in `language`, January first. */
export function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' })
  return Array.from({ length: 12 }, (_, i) => {
    const name = format.format(new Date(Date.UTC(2024, i, 1)))
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1)
  })
}

/** A number in the reader's language (12 500,5 in French), at most `digits` decimals. */
export function formatNumber(n: number, language: string, digits = 2): string {
  const format = new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: digits })
  return isolate(format.format(n))
}

/** A number as an input shows it for editing: the reader's separators, never isolated. */
export function formatNumberInput(n: number | null | undefined, language: string): string {
  if (n === null || n === undefined || Number.isNaN(n)) return ''
  return new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 20 }).format(n)
}

/** An amount with its currency code, e.g. "NMD 61,280" or "61 280 NMD" in French. */
export function formatMoney(amount: number, currency: string, language: string): string {
  const locale = localeFor(language)
  try {
    const format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      maximumFractionDigits: 2,
    })
    return isolate(format.format(amount))
  } catch {
    // Not an ISO 4217 code Intl knows: the number, then the code as written.
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount)
    return isolate(`${number}\u00a0${currency}`)
  }
}

/** The group and decimal separators of the reader's language ("," and "." in English). */
export function numberSeparators(language: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(localeFor(language)).formatToParts(12345.6)
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  }
}

/**
 * A number typed in the reader's language, or null when it is not one: "61,500" is 61500 in
 * English and 61.5 in French; "61 500,5" is 61500.5 in French. Spaces of any kind group digits.
 */
export function parseNumber(typed: string, language: string): number | null {
  const { group, decimal } = numberSeparators(language)
  let s = typed.trim().replace(/[\s\u00a0\u202f\u2068\u2069]/g, '')
  if (!s) return null
  if (group.trim()) s = s.split(group).join('')
  // Where the decimal mark is a comma and groups are spaces (French), a point can only be decimal.
  if (decimal !== '.' && s.includes(decimal)) {
    if (s.includes('.')) return null
    s = s.replace(decimal, '.')
  }
  s = s.replace(/^\u2212/, '-')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}

/** Before/after values shown as plain, indented text (never interpreted as markup). */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? ''
}
