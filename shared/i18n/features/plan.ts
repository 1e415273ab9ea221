import type { FeatureText } from './feature-text'

/** Interface text of the plan feature, under the key "plan". */
export const planText: FeatureText = {
  en: { plan: {} },
  fr: { plan: {} },
  es: { plan: {} },
}
