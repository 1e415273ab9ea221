import type { Language, LocalText } from '../../../shared/contract'
import { localise } from '../../../shared/contract'
import { wordText, type WordTextKey } from '../../../shared/i18n'
import type { Db } from '../db/database'
import { libraryItemsOfKind, listInstalledPacks } from '../packs/packs-read'

/** Everything a composer needs to write in one language. */
export interface Translator {
  language: Language
  /** A string of the document catalogue, with {{placeholders}} filled. */
  t(key: WordTextKey, params?: Record<string, string | number>): string
  /** A text the installed template packs define (e.g. SUB.ISSUE), else the catalogue fallback. */
  pack(code: string, fallback: WordTextKey): string
  /** A pack's localised text in this language. */
  local(text: LocalText | null | undefined): string
  /** A date such as "27 November 2026". */
  date(iso: string | null | undefined): string
  /** A compact date for tables, such as "27 Nov 2026". */
  shortDate(iso: string | null | undefined): string
  /** The word for a stored value (status, response, horizon …), or the value itself. */
  value(v: string): string
  /** A number with the language's separators. */
  number(n: number | null | undefined, digits?: number): string
}

const fill = (s: string, params: Record<string, string | number> = {}) =>
  s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(params[k] ?? ''))

/** Document texts of the installed packs by code; later packs override the built-in one. */
export async function packTexts(db: Db): Promise<Map<string, LocalText>> {
  const [items, packs] = await Promise.all([
    libraryItemsOfKind(db, 'document_text'),
    listInstalledPacks(db),
  ])
  // The built-in pack first, then packs by id, each item by id: a later text overrides.
  const builtin = new Set(packs.filter((p) => p.builtin).map((p) => p.id))
  const rank = (packId: number) => (builtin.has(packId) ? 0 : 1)
  const rows = [...items].sort(
    (a, b) => rank(a.packId) - rank(b.packId) || a.packId - b.packId || a.id - b.id,
  )
  return new Map(rows.map((r) => [r.code, r.data.text]))
}

/** A translator for one language over the pack texts given. */
export function makeTranslator(language: Language, texts: Map<string, LocalText>): Translator {
  const words = wordText(language)
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })
  const shortFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
  return {
    language,
    t: (key, params) => fill(words.text(key), params),
    pack: (code, fallback) => {
      const text = texts.get(code)
      return text ? localise(text, language) : words.text(fallback)
    },
    local: (text) => localise(text ?? '', language),
    value: (v) => words.value(v) ?? v,
    shortDate: (iso) => (iso ? shortFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ''),
    date: (iso) => (iso ? dateFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ''),
    number: (n, digits = 1) =>
      n === null || n === undefined
        ? ''
        : new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n),
  }
}
