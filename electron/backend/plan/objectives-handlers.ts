import type { OBJECTIVES_CHANNELS } from '../../../shared/contract/objectives-names'
import type { HandlersFor } from '../handler-types'
import * as objectives from './objectives-service'

/** Thin handlers for strategic objectives (the top of the plan). */
export const objectivesHandlers: HandlersFor<(typeof OBJECTIVES_CHANNELS)[number]> = {
  'objectives:list': (ctx) => objectives.listObjectives(ctx),
  'objectives:create': (ctx, input) => objectives.createObjective(ctx, input),
  'objectives:update': (ctx, input) => objectives.updateObjective(ctx, input),
  'objectives:delete': (ctx, input) => objectives.deleteObjective(ctx, input.id),
}
