/** One feature's interface text under its own top-level key, in each language. */
export interface FeatureText {
  en: Record<string, unknown>
  fr: Record<string, unknown>
  /** Spanish may leave entries out; they fall back to English. */
  es: Record<string, unknown>
}
