import { z } from 'zod'
import { FIELD_LABELS } from '../i18n/field-labels'
import { channel, type ChannelDef } from './channel-def'
import { id, isoDate, noInput, requiredText, text } from './fields'
import type { FieldLabels } from './problems'
import type { RISKS_CHANNELS } from './risks-names'
import {
  RISK_ACTION_STATUSES,
  RISK_RESPONSES,
  RISK_SCOPES,
  RISK_STATUS_FILTERS,
  RISK_STATUSES,
  type IntegrityRisk,
  type RiskDetail,
  type RiskReference,
  type RiskRegister,
  type RiskTarget,
} from './risks-types'

export * from './risks-types'
export type { RiskTrend, AcceptanceState } from '../domain/risk-rating'
export type { CellFilter, RegisterFilter, RatingKind } from '../domain/risk-register'

// Matrices are small; the service checks the real limits of the risk's matrix.
const level = () => z.number().int().min(1).max(99)
const optionalText = (max: number) => text(max).nullable().default(null)

const actionInput = z
  .object({
    id: id().optional(),
    action: requiredText(500),
    owner: text(120).default(''),
    dueDate: isoDate(),
    status: z.enum(RISK_ACTION_STATUSES).default('planned'),
  })
  .strict()

const riskFields = {
  title: requiredText(200),
  cause: text(2000).default(''),
  event: text(2000).default(''),
  consequence: text(2000).default(''),
  category: requiredText(60),
  catalogueItemId: id().nullable().default(null),
  /** Null: the default matrix of the installed packs. */
  matrixItemId: id().nullable().default(null),
  scopeType: z.enum(RISK_SCOPES).default('programme'),
  scopeId: id().nullable().default(null),
  frameworkItemId: id().nullable().default(null),
  owner: requiredText(120),
  /** Defaults to today. */
  raisedOn: isoDate().optional(),
  inherentLikelihood: level(),
  inherentImpact: level(),
  existingControls: text(2000).default(''),
  response: z.enum(RISK_RESPONSES).default('mitigate'),
  residualLikelihood: level(),
  residualImpact: level(),
  status: z.enum(RISK_STATUSES).default('open'),
  /** A date the user sets instead of the computed one; null keeps the computed date. */
  nextReview: isoDate().nullable().default(null),
  integrity: z.boolean().default(false),
  integrityFactorId: id().nullable().default(null),
  acceptedBy: optionalText(120),
  acceptanceReason: optionalText(2000),
  acceptedUntil: isoDate().nullable().default(null),
  /** Position of the classification marking in Settings (1 = the lowest). */
  sensitivity: z.number().int().min(1).max(10).default(1),
  actions: z.array(actionInput).max(40).default([]),
}

/** Input of `risks:create`. */
export const riskCreateInput = z.object(riskFields).strict()

/** Input of `risks:update`: the full record, the version edited, and why ratings changed. */
export const riskUpdateInput = z
  .object({
    id: id(),
    version: z.number().int().positive(),
    ...riskFields,
    /** Required when any likelihood or impact changes. */
    ratingReason: text(1000).default(''),
    /** Date of the re-rating (defaults to today). */
    ratedOn: isoDate().optional(),
  })
  .strict()

/** Input of `risks:close`. */
export const riskCloseInput = z.object({ id: id(), version: z.number().int().positive() }).strict()

/** Input naming one risk. */
export const riskIdInput = z.object({ id: id() }).strict()

/** Input of `risks:list`: optional filters that combine. */
export const riskListInput = z
  .object({
    objectiveId: id().nullable().optional(),
    owner: text(120).nullable().optional(),
    category: text(60).nullable().optional(),
    status: z.enum(RISK_STATUS_FILTERS).nullable().optional(),
    overdueReview: z.boolean().nullable().optional(),
    overdueAction: z.boolean().nullable().optional(),
    cell: z
      .object({
        rating: z.enum(['inherent', 'residual']),
        likelihood: level(),
        impact: level(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
  .optional()

/** Labels used in validation messages for risk fields. */
export const riskLabels: FieldLabels = FIELD_LABELS.risks

const def =
  <O>() =>
  <I extends z.ZodType>(input: I): ChannelDef<I, O> =>
    channel<O>()(input, riskLabels)

/** Channels of the risks domain: input schemas, field labels and output types. */
export const risksChannels = {
  'risks:list': def<RiskRegister>()(riskListInput),
  'risks:get': def<RiskDetail>()(riskIdInput),
  'risks:reference': def<RiskReference>()(noInput),
  'risks:targets': def<RiskTarget[]>()(noInput),
  'risks:integrityRisks': def<IntegrityRisk[]>()(noInput),
  'risks:create': def<RiskDetail>()(riskCreateInput),
  'risks:update': def<RiskDetail>()(riskUpdateInput),
  'risks:close': def<RiskDetail>()(riskCloseInput),
} satisfies Record<(typeof RISKS_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
