import type { FeatureText } from './feature-text'

/** Interface text of the risks feature, under the key "risks". */
export const risksText: FeatureText = {
  en: { risks: {} },
  fr: { risks: {} },
  es: { risks: {} },
}
