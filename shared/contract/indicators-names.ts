// Zod-free list for the preload's allow-list; the schemas live in ./indicators.ts.

/** Channels of the indicators domain. */
export const INDICATORS_CHANNELS = [] as const
