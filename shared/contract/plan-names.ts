// Zod-free list for the preload's allow-list; the schemas live in ./plan.ts.

/** Channels of the plan domain. */
export const PLAN_CHANNELS = [
  'plan:get',
  'plan:saveHeader',
  'plan:createResult',
  'plan:updateResult',
  'plan:deleteResult',
  'plan:createActivity',
  'plan:updateActivity',
  'plan:deleteActivity',
  'plan:createProject',
  'plan:updateProject',
  'plan:deleteProject',
  'plan:move',
  'plan:reparent',
] as const
