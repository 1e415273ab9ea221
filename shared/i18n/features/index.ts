import { assessmentsText } from './assessments'
import { dashboardText } from './dashboard'
import { dataSafetyText } from './data-safety'
import { documentsText } from './documents'
import { faultsText } from './faults'
import type { FeatureText } from './feature-text'
import { indicatorsText } from './indicators'
import { integrityText } from './integrity'
import { packsText } from './packs'
import { planText } from './plan'
import { risksText } from './risks'

export type { FeatureText } from './feature-text'

/** Text of the features that keep their catalogue in a file of their own. */
export const FEATURE_TEXTS: readonly FeatureText[] = [
  packsText,
  planText,
  assessmentsText,
  indicatorsText,
  risksText,
  integrityText,
  documentsText,
  dashboardText,
  faultsText,
  dataSafetyText,
]
