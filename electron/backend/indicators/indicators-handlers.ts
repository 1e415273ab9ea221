import type { INDICATORS_CHANNELS } from '../../../shared/contract/indicators-names'
import type { HandlersFor } from '../handler-types'
import { addActual, deleteActual, importActuals, updateActual } from './actuals-service'
import {
  createIndicator,
  deleteIndicator,
  getIndicator,
  listIndicators,
  updateIndicator,
} from './indicators-service'
import { listLibraryIndicators, loadTargetList } from './indicators-targets'

/** Thin handlers for the indicators channels. */
export const indicatorsHandlers: HandlersFor<(typeof INDICATORS_CHANNELS)[number]> = {
  'indicators:list': (ctx) => listIndicators(ctx),
  'indicators:get': (ctx, input) => getIndicator(ctx, input.id),
  'indicators:targets': (ctx) => loadTargetList(ctx.db),
  'indicators:library': (ctx) => listLibraryIndicators(ctx.db),
  'indicators:create': (ctx, input) => createIndicator(ctx, input),
  'indicators:update': (ctx, input) => updateIndicator(ctx, input),
  'indicators:delete': (ctx, input) => deleteIndicator(ctx, input),
  'indicators:addActual': (ctx, input) => addActual(ctx, input),
  'indicators:updateActual': (ctx, input) => updateActual(ctx, input),
  'indicators:deleteActual': (ctx, input) => deleteActual(ctx, input),
  'indicators:importActuals': (ctx, input) => importActuals(ctx, input),
}
