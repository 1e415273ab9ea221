import { assessmentsEn } from './assessments-en'
import { assessmentsEs } from './assessments-es'
import { assessmentsFr } from './assessments-fr'
import type { FeatureText } from './feature-text'

/** Interface text of the assessments feature, under the key "assessments". */
export const assessmentsText: FeatureText = {
  en: { assessments: assessmentsEn },
  fr: { assessments: assessmentsFr },
  es: { assessments: assessmentsEs },
}
