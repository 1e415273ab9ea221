import type { Language } from '../contract/fields'
import { en, type Catalogue } from './en'
import { es } from './es'
import { fr } from './fr'

export type { Catalogue } from './en'

/** A catalogue that may leave entries out; missing ones fall back to English. */
export type PartialCatalogue = {
  [K in keyof Catalogue]?: Catalogue[K] extends string | string[]
    ? Catalogue[K]
    : { [L in keyof Catalogue[K]]?: Catalogue[K][L] }
}

/** Every interface catalogue, keyed by language, in the shape i18next expects. */
export const catalogues: Record<Language, { translation: Catalogue | PartialCatalogue }> = {
  en: { translation: en },
  fr: { translation: fr },
  es: { translation: es },
}

/** The language every other one falls back to. */
export const FALLBACK_LANGUAGE: Language = 'en'
