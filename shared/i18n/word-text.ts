import type { Language } from '../contract/fields'
import { en, type Catalogue } from './en'
import { es } from './es'
import { fr } from './fr'

type WordTree = Catalogue['word']

/** Dotted paths to every sentence of a nested catalogue, e.g. "doc.kind.status". */
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>
}[keyof T & string]

/** A sentence or heading of the Word documents, by its dotted path under "word". */
export type WordTextKey = Paths<WordTree>
/** A stored value (status, response, horizon …) with a word in every language. */
export type WordValueKey = keyof Catalogue['wordValues']

const BY_LANGUAGE: Record<Language, Catalogue> = { en, fr, es }

/** The Word text of one language: sentences by dotted key, and words for stored values. */
export function wordText(language: Language): {
  text(key: WordTextKey): string
  value(stored: string): string | undefined
} {
  const catalogue = BY_LANGUAGE[language]
  const values = catalogue.wordValues as Record<string, string>
  return {
    text: (key) =>
      key
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)[part],
          catalogue.word,
        ) as string,
    value: (stored) => (Object.hasOwn(values, stored) ? values[stored] : undefined),
  }
}
