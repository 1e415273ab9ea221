import type { FeatureText } from './feature-text'

/** Interface text of the indicators feature, under the key "indicators". */
export const indicatorsText: FeatureText = {
  en: { indicators: {} },
  fr: { indicators: {} },
  es: { indicators: {} },
}
