// Zod-free list for the preload's allow-list; the schemas live in ./indicators.ts.

/** Channels of the indicators domain. */
export const INDICATORS_CHANNELS = [
  'indicators:list',
  'indicators:get',
  'indicators:targets',
  'indicators:library',
  'indicators:create',
  'indicators:update',
  'indicators:delete',
  'indicators:addActual',
  'indicators:updateActual',
  'indicators:deleteActual',
  'indicators:importActuals',
] as const
