import type { FeatureText } from './feature-text'
import { packsEn } from './packs-en'
import { packsEs } from './packs-es'
import { packsFr } from './packs-fr'

/** Interface text of the packs feature, under the key "packs". */
export const packsText: FeatureText = {
  en: { packs: packsEn },
  fr: { packs: packsFr },
  es: { packs: packsEs },
}
