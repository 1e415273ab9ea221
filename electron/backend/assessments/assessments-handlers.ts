import type { ObjectiveStatus } from '../../../shared/contract'
import type { ASSESSMENTS_CHANNELS } from '../../../shared/contract/assessments-names'
import type { HandlersFor } from '../handler-types'
import { compareAssessments } from './assessment-compare'
import { assessmentDetail } from './assessment-view'
import * as assessments from './assessments-service'
import { coverageReport } from './coverage-report'
import * as recommendations from './recommendations-service'
import * as trace from './traceability-service'

/** Thin handlers for the assessments channels. */
export const assessmentsHandlers: HandlersFor<(typeof ASSESSMENTS_CHANNELS)[number]> = {
  'assessments:frameworks': (ctx) => assessments.listFrameworks(ctx),
  'assessments:list': (ctx) => assessments.listAssessments(ctx),
  'assessments:get': (ctx, input) => assessmentDetail(ctx.db, input.id),
  'assessments:create': (ctx, input) => assessments.createAssessment(ctx, input),
  'assessments:update': (ctx, input) => assessments.updateAssessment(ctx, input),
  'assessments:delete': (ctx, input) => assessments.deleteAssessment(ctx, input),
  'assessments:scoreItem': (ctx, input) => assessments.scoreItem(ctx, input),
  'assessments:addRecommendation': (ctx, input) => recommendations.addRecommendation(ctx, input),
  'assessments:updateRecommendation': (ctx, input) =>
    recommendations.updateRecommendation(ctx, input),
  'assessments:deleteRecommendation': (ctx, input) =>
    recommendations.deleteRecommendation(ctx, input),
  'assessments:startCycle': (ctx, input) => assessments.startCycle(ctx, input),
  'assessments:compare': (ctx, input) => compareAssessments(ctx, input.baseId, input.otherId),
  'assessments:planTargets': (ctx) => trace.planTargets(ctx),
  'assessments:coverage': (ctx, input) => coverageReport(ctx, input?.assessmentId),
  'assessments:link': (ctx, input) => trace.link(ctx, input),
  'assessments:unlink': (ctx, input) => trace.unlink(ctx, input.linkId),
  'assessments:defer': (ctx, input) => trace.defer(ctx, input),
  'assessments:clearDeferral': (ctx, input) => trace.clearDeferral(ctx, input),
  'assessments:createObjectiveFromGap': (ctx, input) =>
    trace.createObjectiveFromGap(ctx, { ...input, status: input.status as ObjectiveStatus }),
}
