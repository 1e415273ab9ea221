import type { FeatureText } from './feature-text'

/** Interface text of the integrity feature, under the key "integrity". */
export const integrityText: FeatureText = {
  en: { integrity: {} },
  fr: { integrity: {} },
  es: { integrity: {} },
}
