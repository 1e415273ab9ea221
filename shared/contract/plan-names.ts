// Zod-free list for the preload's allow-list; the schemas live in ./plan.ts.

/** Channels of the plan domain. */
export const PLAN_CHANNELS = [] as const
