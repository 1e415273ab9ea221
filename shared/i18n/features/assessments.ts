import type { FeatureText } from './feature-text'

/** Interface text of the assessments feature, under the key "assessments". */
export const assessmentsText: FeatureText = {
  en: { assessments: {} },
  fr: { assessments: {} },
  es: { assessments: {} },
}
