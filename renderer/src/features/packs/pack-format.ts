import { useTranslation } from 'react-i18next'
import { localise, type LibraryItem, type LocalText } from '../../../../shared/contract'
import { formatDate } from '../../lib/format'

/** Largest file the UI sends; the backend enforces the same limit (20 MiB). */
export const MAX_PACK_BYTES = 20 * 1024 * 1024

/** How many rows a long list shows before "Show more" (keeps 5,000-item packs light). */
export const PAGE_SIZE = 100

/** True when `value` is text as packs carry it: a string or translations with English. */
export function isLocalText(value: unknown): value is LocalText {
  if (typeof value === 'string') return true
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>).en === 'string' &&
    Object.values(value).every((v) => typeof v === 'string')
  )
}

/** The interface language and a function giving any pack text in it (English otherwise). */
export function useLocalText(): { language: string; tx: (value: unknown) => string } {
  const { i18n } = useTranslation()
  const language = i18n.language
  return { language, tx: (value) => (isLocalText(value) ? localise(value, language) : '') }
}

/** The local calendar date of a moment (ISO timestamp), e.g. "27 Nov 2026". */
export function formatMomentDay(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const two = (n: number) => String(n).padStart(2, '0')
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
  return formatDate(day, language)
}

/** A file size as people read it: "840 bytes", "12.4 kB", "25.1 MB" (binary units, like the limit). */
export function formatFileSize(bytes: number, language: string): string {
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n)
  if (bytes < 1024) return `${number(bytes, 0)} B`
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} kB`
  return `${number(bytes / (1024 * 1024), 1)} MB`
}

/** A field of an item's data, typed loosely: packs are validated by the backend, not here. */
export const field = (item: LibraryItem, name: string): unknown => item.data[name]

/** Text fields a user may edit, per kind of item, in the order the edit dialog offers them. */
export const TEXT_FIELDS_BY_KIND = {
  scale: ['name', 'description'],
  framework: ['name', 'purpose'],
  framework_item: ['title', 'guidance'],
  indicator: ['name', 'definition', 'unit', 'source'],
  risk_matrix: ['name'],
  risk_template: ['title', 'cause', 'event', 'consequence', 'treatment'],
  document_text: ['text'],
} as const

/** Optional fields the backend lets a user add even when the pack left them out. */
const ADDABLE = new Set(['guidance', 'description'])

/** The text fields of this item that the edit dialog can change. */
export function editableFields(item: LibraryItem): string[] {
  return TEXT_FIELDS_BY_KIND[item.kind].filter(
    (f) => isLocalText(item.data[f]) || (ADDABLE.has(f) && item.data[f] === undefined),
  )
}
