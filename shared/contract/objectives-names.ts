// Zod-free list for the preload's allow-list; the schemas live in ./objectives.ts.

/** Channels of strategic objectives (the top level of the plan). */
export const OBJECTIVES_CHANNELS = [
  'objectives:list',
  'objectives:create',
  'objectives:update',
  'objectives:delete',
] as const
