import { z } from 'zod'
import { FIELD_LABELS } from '../i18n/field-labels'
import { channel, type ChannelDef } from './channel-def'
import type { ASSESSMENTS_CHANNELS } from './assessments-names'
import {
  RECOMMENDATION_ACCEPTANCES,
  ASSESSMENT_LEADS,
  ASSESSMENT_STATUSES,
  ASSESSMENT_TYPES,
  RECOMMENDATION_HORIZONS,
  RECOMMENDATION_PRIORITIES,
  TRACE_SOURCE_TYPES,
  TRACE_TARGET_TYPES,
  type AssessmentComparison,
  type AssessmentDetail,
  type AssessmentItemView,
  type AssessmentSummary,
  type CoverageReport,
  type AssessableFramework,
  type ObjectiveFromGap,
  type PlanTarget,
  type RecommendationView,
  type TraceLinkView,
} from './assessments-types'
import { id, isoDate, noInput, requiredText, text } from './fields'
import { objectiveCreateInput } from './objectives'
import type { FieldLabels } from './problems'

export * from './assessments-types'

const version = () => z.number().int().positive()
// Dates are optional (a planned mission may not have them yet); null clears one.
const optionalDate = () => isoDate().nullable().default(null)
const level = () => z.number().int().min(0).max(100).nullable()

const headerFields = {
  type: z.enum(ASSESSMENT_TYPES),
  title: requiredText(200),
  startDate: optionalDate(),
  endDate: optionalDate(),
  lead: z.enum(ASSESSMENT_LEADS),
}

/** Input of `assessments:create`: the framework, the header and the areas in scope. */
export const assessmentCreateInput = z
  .object({
    frameworkId: id(),
    ...headerFields,
    status: z.enum(ASSESSMENT_STATUSES).default('in_progress'),
    areaIds: z.array(id()).min(1).max(200),
  })
  .strict()

/** Input of `assessments:update`: the header the user edited, at the version they saw. */
export const assessmentUpdateInput = z
  .object({ id: id(), version: version(), ...headerFields, status: z.enum(ASSESSMENT_STATUSES) })
  .strict()

/** Input naming one assessment at the version the user saw. */
export const assessmentVersionInput = z.object({ id: id(), version: version() }).strict()

/** Input naming one assessment. */
export const assessmentIdInput = z.object({ id: id() }).strict()

/** Input of `assessments:scoreItem`: levels (null = not scored), evidence and findings. */
export const assessmentScoreItemInput = z
  .object({
    id: id(),
    version: version(),
    currentLevel: level(),
    targetLevel: level(),
    notApplicable: z.boolean().default(false),
    evidence: text(8000).default(''),
    currentState: text(8000).default(''),
    desiredState: text(8000).default(''),
  })
  .strict()

const recommendationFields = {
  text: requiredText(4000),
  priority: z.enum(RECOMMENDATION_PRIORITIES),
  horizon: z.enum(RECOMMENDATION_HORIZONS),
  responsibleUnit: text(200).default(''),
  accepted: z.enum(RECOMMENDATION_ACCEPTANCES).default('pending'),
}

/** Input of `assessments:addRecommendation`. */
export const recommendationCreateInput = z
  .object({ assessmentItemId: id(), ...recommendationFields })
  .strict()

/** Input of `assessments:updateRecommendation`. */
export const recommendationUpdateInput = z
  .object({ id: id(), version: version(), ...recommendationFields })
  .strict()

/** Input of `assessments:deleteRecommendation`. */
export const recommendationDeleteInput = z.object({ id: id(), version: version() }).strict()

/** Input of `assessments:startCycle`: a new assessment carrying scores forward from `fromId`. */
export const assessmentCycleInput = z.object({ fromId: id(), ...headerFields }).strict()

/** Input of `assessments:compare`: the earlier and the later assessment. */
export const assessmentCompareInput = z.object({ baseId: id(), otherId: id() }).strict()

/** Input of `assessments:coverage`: one assessment, or every current one when left out. */
export const assessmentCoverageInput = z
  .object({ assessmentId: id().optional() })
  .strict()
  .optional()

const source = { sourceType: z.enum(TRACE_SOURCE_TYPES), sourceId: id() }

/** Input of `assessments:link`. */
export const traceLinkInput = z
  .object({ ...source, targetType: z.enum(TRACE_TARGET_TYPES), targetId: id() })
  .strict()

/** Input of `assessments:unlink`. */
export const traceUnlinkInput = z.object({ linkId: id() }).strict()

/** Input of `assessments:defer`: why the plan does not address this (yet). */
export const traceDeferInput = z
  .object({ ...source, version: version(), reason: requiredText(2000) })
  .strict()

/** Input of `assessments:clearDeferral`. */
export const traceClearDeferralInput = z.object({ ...source, version: version() }).strict()

/** Input of `assessments:createObjectiveFromGap`: the new objective and what it addresses. */
export const objectiveFromGapInput = z.object({ ...objectiveCreateInput.shape, ...source }).strict()

/** Labels used in validation messages for assessment fields. */
export const assessmentLabels: FieldLabels = FIELD_LABELS.assessments

/** Labels used in validation messages for scoring, recommendations and traceability. */
export const assessmentScoringLabels: FieldLabels = FIELD_LABELS.assessmentScoring

/** Channels of the assessments domain: input schemas, field labels and output types. */
export const assessmentsChannels = {
  'assessments:frameworks': channel<AssessableFramework[]>()(noInput),
  'assessments:list': channel<AssessmentSummary[]>()(noInput),
  'assessments:get': channel<AssessmentDetail>()(assessmentIdInput, assessmentLabels),
  'assessments:create': channel<AssessmentSummary>()(assessmentCreateInput, assessmentLabels),
  'assessments:update': channel<AssessmentSummary>()(assessmentUpdateInput, assessmentLabels),
  'assessments:delete': channel<{ id: number }>()(assessmentVersionInput, assessmentLabels),
  'assessments:scoreItem': channel<AssessmentItemView>()(
    assessmentScoreItemInput,
    assessmentScoringLabels,
  ),
  'assessments:addRecommendation': channel<RecommendationView>()(
    recommendationCreateInput,
    assessmentScoringLabels,
  ),
  'assessments:updateRecommendation': channel<RecommendationView>()(
    recommendationUpdateInput,
    assessmentScoringLabels,
  ),
  'assessments:deleteRecommendation': channel<{ id: number }>()(
    recommendationDeleteInput,
    assessmentScoringLabels,
  ),
  'assessments:startCycle': channel<AssessmentSummary>()(assessmentCycleInput, assessmentLabels),
  'assessments:compare': channel<AssessmentComparison>()(assessmentCompareInput, assessmentLabels),
  'assessments:planTargets': channel<PlanTarget[]>()(noInput),
  'assessments:coverage': channel<CoverageReport>()(assessmentCoverageInput, assessmentLabels),
  'assessments:link': channel<TraceLinkView>()(traceLinkInput, assessmentScoringLabels),
  'assessments:unlink': channel<{ id: number }>()(traceUnlinkInput, assessmentScoringLabels),
  'assessments:defer': channel<{ version: number }>()(traceDeferInput, assessmentScoringLabels),
  'assessments:clearDeferral': channel<{ version: number }>()(
    traceClearDeferralInput,
    assessmentScoringLabels,
  ),
  'assessments:createObjectiveFromGap': channel<ObjectiveFromGap>()(
    objectiveFromGapInput,
    assessmentScoringLabels,
  ),
} satisfies Record<(typeof ASSESSMENTS_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
