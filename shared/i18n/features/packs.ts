import type { FeatureText } from './feature-text'

/** Interface text of the packs feature, under the key "packs". */
export const packsText: FeatureText = {
  en: { packs: {} },
  fr: { packs: {} },
  es: { packs: {} },
}
