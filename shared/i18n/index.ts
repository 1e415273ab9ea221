import type { Language } from '../contract/fields'
import { en, type Catalogue } from './en'
import { es } from './es'
import { fr } from './fr'

// One shape for every text Capstan shows or writes: shared/i18n/<language>/<domain>.ts, each a
// nested object typed against the English file of the same domain, so a missing or extra key
// fails the type check (and test/unit/i18n-complete.test.ts). Word text lives under "word".

export type { Catalogue } from './en'
export { wordText, type WordTextKey, type WordValueKey } from './word-text'

/** Every catalogue, keyed by language. */
export const CATALOGUES: Record<Language, Catalogue> = { en, fr, es }

/** Every interface catalogue, keyed by language, in the shape i18next expects. */
export const catalogues: Record<Language, { translation: Catalogue }> = {
  en: { translation: en },
  fr: { translation: fr },
  es: { translation: es },
}

/** The language every other one falls back to. */
export const FALLBACK_LANGUAGE: Language = 'en'
