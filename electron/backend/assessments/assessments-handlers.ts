import type { ASSESSMENTS_CHANNELS } from '../../../shared/contract/assessments-names'
import type { HandlersFor } from '../handlers'

/** Thin handlers for the assessments channels. */
export const assessmentsHandlers: HandlersFor<(typeof ASSESSMENTS_CHANNELS)[number]> = {}
