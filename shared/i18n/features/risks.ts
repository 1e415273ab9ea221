import type { FeatureText } from './feature-text'
import { risksEn } from './risks-en'
import { risksEs } from './risks-es'
import { risksFr } from './risks-fr'

/** Interface text of the risks feature, under the key "risks". */
export const risksText: FeatureText = {
  en: { risks: risksEn },
  fr: { risks: risksFr },
  es: { risks: risksEs },
}
