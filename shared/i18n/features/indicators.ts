import type { FeatureText } from './feature-text'
import { indicatorsEn } from './indicators-en'
import { indicatorsEs } from './indicators-es'
import { indicatorsFr } from './indicators-fr'

/** Interface text of the indicators feature, under the key "indicators". */
export const indicatorsText: FeatureText = {
  en: { indicators: indicatorsEn },
  fr: { indicators: indicatorsFr },
  es: { indicators: indicatorsEs },
}
