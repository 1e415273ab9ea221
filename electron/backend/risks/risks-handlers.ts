import type { RISKS_CHANNELS } from '../../../shared/contract/risks-names'
import type { HandlersFor } from '../handlers'

/** Thin handlers for the risks channels. */
export const risksHandlers: HandlersFor<(typeof RISKS_CHANNELS)[number]> = {}
