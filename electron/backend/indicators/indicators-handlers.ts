import type { INDICATORS_CHANNELS } from '../../../shared/contract/indicators-names'
import type { HandlersFor } from '../handlers'

/** Thin handlers for the indicators channels. */
export const indicatorsHandlers: HandlersFor<(typeof INDICATORS_CHANNELS)[number]> = {}
