import type { ObjectiveStatus } from '../../../shared/contract'
import { seedAssessmentsDemo } from '../assessments/assessments-demo'
import type { ServiceContext } from '../context'
import { seedDocumentsDemo } from '../documents/documents-demo'
import { seedIndicatorsDemo } from '../indicators/indicators-demo'
import { seedIntegrityDemo } from '../integrity/integrity-demo'
import { seedPlanDemo } from '../plan/plan-demo'
import { seedRisksDemo } from '../risks/risks-demo'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { createObjective, listObjectives } from '../objectives/objectives-service'
import { getSettings, saveSettings } from '../settings/settings-service'

/** The fictional administration every demo and screenshot uses. */
export const DEMO_ADMINISTRATION = 'Republic of Numeria Customs Service'

const OBJECTIVES: {
  code: string
  title: string
  description: string
  owner: string
  status: ObjectiveStatus
}[] = [
  {
    code: 'SO1',
    title: 'Faster, more predictable clearance of legitimate trade',
    description:
      'Cut average release time at the three main border posts through risk-based selectivity, pre-arrival processing and a single window with partner agencies.',
    owner: 'Director, Customs Procedures',
    status: 'active',
  },
  {
    code: 'SO2',
    title: 'Fair and efficient revenue collection',
    description:
      'Strengthen valuation control and post-clearance audit so that duties and taxes are collected correctly, with fewer disputes and faster refunds.',
    owner: 'Director, Revenue and Audit',
    status: 'active',
  },
  {
    code: 'SO3',
    title: 'Protection of society and the border',
    description:
      'Improve detection of prohibited and restricted goods through intelligence-led targeting and better cooperation with police and health authorities.',
    owner: 'Director, Enforcement',
    status: 'active',
  },
  {
    code: 'SO4',
    title: 'A professional, well-governed organisation with integrity',
    description:
      'Put in place a competency-based HR framework, a code of conduct with a working complaints channel, and a programme office that steers the reform.',
    owner: 'Deputy Commissioner, Corporate Services',
    status: 'active',
  },
  {
    code: 'SO5',
    title: 'Modern, reliable information systems',
    description:
      'Replace the legacy declaration processing system and ensure its availability, data quality and protection.',
    owner: 'Head of ICT',
    status: 'draft',
  },
]

/** Loads the demo administration into an empty data folder, through the audited services, in one transaction. */
export function seedDemo(ctx: ServiceContext): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    if ((await getSettings(tx)) || (await listObjectives(tx)).length > 0) {
      throw new AppFailure(
        'conflict',
        'This data folder already holds an administration; the demo is only loaded into an empty folder.',
      )
    }
    await saveSettings(tx, {
      administrationName: DEMO_ADMINISTRATION,
      country: 'Republic of Numeria (fictional)',
      workingLanguages: ['en', 'fr'],
      fiscalYearStartMonth: 7,
      currency: 'NMD',
      classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED', 'CONFIDENTIAL'],
      signatories: [
        { name: 'Amara Okonkwo-Diallo', title: 'Commissioner General of Customs' },
        { name: 'Hon. Teodoro Valcárcel', title: 'Minister of Finance and Economic Planning' },
      ],
      interfaceLanguage: 'en',
      notes:
        'Fictional demonstration data. Any resemblance to a real administration is coincidental.',
    })
    for (const objective of OBJECTIVES) await createObjective(tx, objective)
    // Order matters: assessments link to the plan; indicators attach to it.
    await seedPlanDemo(tx)
    await seedAssessmentsDemo(tx)
    await seedIndicatorsDemo(tx)
    await seedRisksDemo(tx)
    await seedIntegrityDemo(tx)
    await seedDocumentsDemo(tx)
  })
}
