import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { readDemoFile } from './demo-file'
import { demoLoader, type DemoLoader } from './demo-loader'
import { DEMO_PARTS, type DemoFile, type DemoPart } from './demo-types'
import { loadAssessments } from './load-assessments'
import { loadIndicators } from './load-indicators'
import { loadIntegrity } from './load-integrity'
import { loadPlan } from './load-plan'
import { loadRisks } from './load-risks'

export { DEMO_PARTS, type DemoPart }

/** The fictional administration every demo and screenshot uses (the data file's name for it). */
export const DEMO_ADMINISTRATION = 'Republic of Numeria Customs Service'

const LOAD: Record<DemoPart, (l: DemoLoader) => Promise<void>> = {
  settings: async (l) => void (await l.call('settings:save', l.file.settings, 'the settings')),
  plan: loadPlan,
  assessments: loadAssessments,
  indicators: loadIndicators,
  risks: loadRisks,
  integrity: loadIntegrity,
  documents: async (l) => {
    for (const s of l.file.submissions) {
      await l.call('documents:saveSubmission', s, `submission "${String(s.title)}"`)
    }
  },
}

/** Options of a demo load. */
export interface DemoOptions {
  /**
   * Load only these parts (in their own order) onto what the folder holds, e.g. for a test of one
   * view; codes the file links to outside them fall back to the objective they sit under.
   */
  parts?: DemoPart[]
  /** The demo data (default: the shipped data file). */
  file?: DemoFile
}

/**
 * Loads the demo administration from its data file, through the channels a user's edits go
 * through, in one transaction: all of it into an empty data folder, or some parts for a test.
 */
export function seedDemo(ctx: ServiceContext, options: DemoOptions = {}): Promise<void> {
  const file = options.file ?? readDemoFile()
  const parts = options.parts ? DEMO_PARTS.filter((p) => options.parts!.includes(p)) : DEMO_PARTS
  return inTransaction(ctx, async (tx) => {
    const l = demoLoader(tx, file)
    if (!options.parts) {
      const settings = await l.call('settings:get', undefined, 'reading the settings')
      const objectives = await l.call('objectives:list', undefined, 'reading the objectives')
      if (settings || objectives.length > 0) {
        throw new AppFailure(
          'conflict',
          'This data folder already holds an administration; the demo is only loaded into an empty folder.',
        )
      }
    }
    for (const part of parts) await LOAD[part](l)
  })
}
