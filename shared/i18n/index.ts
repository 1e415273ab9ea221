import type { Language } from '../contract/fields'
import { en, type Catalogue } from './en'
import { es } from './es'
import { FEATURE_TEXTS } from './features'
import { fr } from './fr'

export type { Catalogue } from './en'

/** The core catalogue plus every feature's own text in that language. */
function withFeatures<T extends object>(core: T, language: Language): T {
  return Object.assign({}, core, ...FEATURE_TEXTS.map((f) => f[language])) as T
}

/** A catalogue that may leave entries out; missing ones fall back to English. */
export type PartialCatalogue = {
  [K in keyof Catalogue]?: Catalogue[K] extends string | string[]
    ? Catalogue[K]
    : { [L in keyof Catalogue[K]]?: Catalogue[K][L] }
}

/** Every interface catalogue, keyed by language, in the shape i18next expects. */
export const catalogues: Record<Language, { translation: Catalogue | PartialCatalogue }> = {
  en: { translation: withFeatures(en, 'en') },
  fr: { translation: withFeatures(fr, 'fr') },
  es: { translation: withFeatures(es, 'es') },
}

/** The language every other one falls back to. */
export const FALLBACK_LANGUAGE: Language = 'en'
