import type { FeatureText } from './feature-text'
import { planEn } from './plan-en'
import { planEs } from './plan-es'
import { planFr } from './plan-fr'

/** Interface text of the plan feature, under the key "plan". */
export const planText: FeatureText = {
  en: { plan: planEn },
  fr: { plan: planFr },
  es: { plan: planEs },
}
