// Zod-free list for the preload's allow-list; the schemas live in ./assessments.ts.

/** Channels of the assessments domain. */
export const ASSESSMENTS_CHANNELS = [
  'assessments:frameworks',
  'assessments:list',
  'assessments:get',
  'assessments:create',
  'assessments:update',
  'assessments:delete',
  'assessments:scoreItem',
  'assessments:addRecommendation',
  'assessments:updateRecommendation',
  'assessments:deleteRecommendation',
  'assessments:startCycle',
  'assessments:compare',
  'assessments:planTargets',
  'assessments:coverage',
  'assessments:link',
  'assessments:unlink',
  'assessments:defer',
  'assessments:clearDeferral',
  'assessments:createObjectiveFromGap',
] as const
