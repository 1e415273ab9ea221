import type { PLAN_CHANNELS } from '../../../shared/contract/plan-names'
import type { HandlersFor } from '../handler-types'
import * as activities from './activities-service'
import * as moves from './move-service'
import * as plan from './plan-service'
import * as projects from './projects-service'
import * as results from './results-service'

/** Thin handlers for the plan channels. */
export const planHandlers: HandlersFor<(typeof PLAN_CHANNELS)[number]> = {
  'plan:get': (ctx) => plan.getPlan(ctx),
  'plan:saveHeader': (ctx, input) => plan.saveHeader(ctx, input),
  'plan:createResult': (ctx, input) => results.createResult(ctx, input),
  'plan:updateResult': (ctx, input) => results.updateResult(ctx, input),
  'plan:deleteResult': (ctx, input) => results.deleteResult(ctx, input.id),
  'plan:createActivity': (ctx, input) => activities.createActivity(ctx, input),
  'plan:updateActivity': (ctx, input) => activities.updateActivity(ctx, input),
  'plan:deleteActivity': (ctx, input) => activities.deleteActivity(ctx, input.id),
  'plan:createProject': (ctx, input) => projects.createProject(ctx, input),
  'plan:updateProject': (ctx, input) => projects.updateProject(ctx, input),
  'plan:deleteProject': (ctx, input) => projects.deleteProject(ctx, input.id),
  'plan:move': (ctx, input) => moves.moveItem(ctx, input),
  'plan:reparent': (ctx, input) => moves.reparentItem(ctx, input),
}
