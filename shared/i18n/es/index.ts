import type { Catalogue } from '../en'
import { appText } from './app'
import { settingsText } from './settings'
import { objectivesText } from './objectives'
import { auditText } from './audit'
import { packsText } from './packs'
import { planText } from './plan'
import { assessmentsText } from './assessments'
import { indicatorsText } from './indicators'
import { risksText } from './risks'
import { integrityText } from './integrity'
import { documentsText } from './documents'
import { dashboardText } from './dashboard'
import { faultsText } from './faults'
import { dataSafetyText } from './data-safety'
import { wordText } from './word'

/** The Spanish catalogue: interface and Word text, one file per domain. */
export const es: Catalogue = {
  ...appText,
  ...settingsText,
  ...objectivesText,
  ...auditText,
  ...packsText,
  ...planText,
  ...assessmentsText,
  ...indicatorsText,
  ...risksText,
  ...integrityText,
  ...documentsText,
  ...dashboardText,
  ...faultsText,
  ...dataSafetyText,
  ...wordText,
}
