import type { RISKS_CHANNELS } from '../../../shared/contract/risks-names'
import type { HandlersFor } from '../handler-types'
import * as risks from './risks-service'

/** Thin handlers for the risks channels. */
export const risksHandlers: HandlersFor<(typeof RISKS_CHANNELS)[number]> = {
  'risks:list': (ctx, input) => risks.listRisks(ctx, input ?? {}),
  'risks:get': (ctx, input) => risks.getRisk(ctx, input.id),
  'risks:reference': (ctx) => risks.riskReference(ctx),
  'risks:targets': (ctx) => risks.riskTargets(ctx),
  'risks:integrityRisks': (ctx) => risks.listIntegrityRisks(ctx),
  'risks:create': (ctx, input) => risks.createRisk(ctx, input),
  'risks:update': (ctx, input) => risks.updateRisk(ctx, input),
  'risks:close': (ctx, input) => risks.closeRisk(ctx, input.id, input.version),
}
