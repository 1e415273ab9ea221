// Zod-free list for the preload's allow-list; the schemas live in ./integrity.ts.

/** Channels of the integrity domain. */
export const INTEGRITY_CHANNELS = [
  'integrity:get',
  'integrity:indicatorOptions',
  'integrity:createAssessment',
  'integrity:updateAssessment',
  'integrity:deleteAssessment',
  'integrity:rateFactor',
  'integrity:createAction',
  'integrity:updateAction',
  'integrity:deleteAction',
  'integrity:createWave',
  'integrity:updateWave',
  'integrity:deleteWave',
] as const
