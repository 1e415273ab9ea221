import type { PLAN_CHANNELS } from '../../../shared/contract/plan-names'
import type { HandlersFor } from '../handlers'

/** Thin handlers for the plan channels. */
export const planHandlers: HandlersFor<(typeof PLAN_CHANNELS)[number]> = {}
