import { dataSafetyEn } from './data-safety-en'
import { dataSafetyEs } from './data-safety-es'
import { dataSafetyFr } from './data-safety-fr'
import type { FeatureText } from './feature-text'

/** Interface text of Settings → Data safety, under the key "dataSafety". */
export const dataSafetyText: FeatureText = {
  en: { dataSafety: dataSafetyEn },
  fr: { dataSafety: dataSafetyFr },
  es: { dataSafety: dataSafetyEs },
}
