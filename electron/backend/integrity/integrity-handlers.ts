import type { INTEGRITY_CHANNELS } from '../../../shared/contract/integrity-names'
import type { HandlersFor } from '../handler-types'
import * as actions from './action-service'
import * as assessments from './assessment-service'
import { getIntegrity } from './integrity-read-service'
import * as surveys from './survey-service'

/** Thin handlers for the integrity channels. */
export const integrityHandlers: HandlersFor<(typeof INTEGRITY_CHANNELS)[number]> = {
  'integrity:get': (ctx, input) => getIntegrity(ctx, input?.frameworkId),
  'integrity:indicatorOptions': (ctx) => actions.indicatorOptions(ctx),
  'integrity:createAssessment': (ctx, input) => assessments.createAssessment(ctx, input),
  'integrity:updateAssessment': (ctx, input) => assessments.updateAssessment(ctx, input),
  'integrity:deleteAssessment': (ctx, input) => assessments.deleteAssessment(ctx, input),
  'integrity:rateFactor': (ctx, input) => assessments.rateFactor(ctx, input),
  'integrity:createAction': (ctx, input) => actions.createAction(ctx, input),
  'integrity:updateAction': (ctx, input) => actions.updateAction(ctx, input),
  'integrity:deleteAction': (ctx, input) => actions.deleteAction(ctx, input),
  'integrity:createWave': (ctx, input) => surveys.createWave(ctx, input),
  'integrity:updateWave': (ctx, input) => surveys.updateWave(ctx, input),
  'integrity:deleteWave': (ctx, input) => surveys.deleteWave(ctx, input),
}
