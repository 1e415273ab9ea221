// Zod-free list for the preload's allow-list; the schemas live in ./integrity.ts.

/** Channels of the integrity domain. */
export const INTEGRITY_CHANNELS = [] as const
