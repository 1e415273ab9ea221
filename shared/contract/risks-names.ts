// Zod-free list for the preload's allow-list; the schemas live in ./risks.ts.

/** Channels of the risks domain. */
export const RISKS_CHANNELS = [
  'risks:list',
  'risks:get',
  'risks:reference',
  'risks:targets',
  'risks:integrityRisks',
  'risks:create',
  'risks:update',
  'risks:close',
] as const
