/** A date and time in the reader's language, e.g. "3 Mar 2026, 14:05". */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** The twelve month names in `language`, January first. */
export function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' })
  return Array.from({ length: 12 }, (_, i) => {
    const name = format.format(new Date(Date.UTC(2024, i, 1)))
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1)
  })
}

/** A whole number in the reader's language. */
export function formatNumber(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n)
}

/** Before/after values shown as plain, indented text (never interpreted as markup). */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? ''
}
