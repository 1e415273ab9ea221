import type { INTEGRITY_CHANNELS } from '../../../shared/contract/integrity-names'
import type { HandlersFor } from '../handlers'

/** Thin handlers for the integrity channels. */
export const integrityHandlers: HandlersFor<(typeof INTEGRITY_CHANNELS)[number]> = {}
