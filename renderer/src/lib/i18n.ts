import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../shared/contract'
import { catalogues, FALLBACK_LANGUAGE } from '../../../shared/i18n'
import { isolate } from './format'

/** True when `value` is an interface language Capstan ships. */
export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)

/** The shipped language closest to the system's, used until the profile says otherwise. */
export function systemLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return FALLBACK_LANGUAGE
}

/** Where a translator or a test asks to see the interface right-to-left before a language needs it. */
export const DIRECTION_PREVIEW_KEY = 'capstan.direction'

function directionPreview(): 'rtl' | 'ltr' | undefined {
  try {
    const asked = window.localStorage.getItem(DIRECTION_PREVIEW_KEY)
    return asked === 'rtl' || asked === 'ltr' ? asked : undefined
  } catch {
    return undefined
  }
}

function reflectOnDocument(language: string): void {
  document.documentElement.lang = language
  // Right-to-left languages: i18next knows which ones they are.
  document.documentElement.dir = directionPreview() ?? i18next.dir(language)
}

/** Starts i18next with every catalogue bundled (nothing is fetched). */
export async function initI18n(language: Language): Promise<void> {
  i18next.on('languageChanged', reflectOnDocument)
  await i18next.use(initReactI18next).init({
    resources: catalogues,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    // Nothing to escape (React does); every value put into a sentence (numbers, dates, codes,
    // names) is isolated instead, so it keeps its own order inside right-to-left text.
    interpolation: { escapeValue: true, escape: isolate },
    returnNull: false,
  })
  reflectOnDocument(language)
}

/** Switches the interface language at once. */
export async function applyLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language)
}

/** The interface language in use now. */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : FALLBACK_LANGUAGE
}

export { i18next }
