import type { FeatureText } from './feature-text'
import { integrityEn } from './integrity-en'
import { integrityEs } from './integrity-es'
import { integrityFr } from './integrity-fr'

/** Interface text of the integrity feature, under the key "integrity" (one file per language). */
export const integrityText: FeatureText = {
  en: { integrity: integrityEn },
  fr: { integrity: integrityFr },
  es: { integrity: integrityEs },
}
