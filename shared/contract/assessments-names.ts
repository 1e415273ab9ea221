// Zod-free list for the preload's allow-list; the schemas live in ./assessments.ts.

/** Channels of the assessments domain. */
export const ASSESSMENTS_CHANNELS = [] as const
