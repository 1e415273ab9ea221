import { z } from 'zod'
import { FIELD_LABELS } from '../i18n/field-labels'
import { channel, type ChannelDef } from './channel-def'
import { code, id, isoDate, noInput, requiredText, text } from './fields'
import type { PLAN_CHANNELS } from './plan-names'
import {
  ACTIVITY_STATUSES,
  PLAN_ITEM_KINDS,
  PROJECT_STATUSES,
  RESULT_LEVELS,
  type PlanActivity,
  type PlanData,
  type PlanHeader,
  type PlanProject,
  type PlanResult,
} from './plan-types'
import type { FieldLabels } from './problems'

export * from './plan-types'

const version = () => z.number().int().positive()
/** A date that may be left empty; the interface sends null for an empty field. */
const optionalDate = () => isoDate().nullable().default(null)

/** Input of `plan:saveHeader`. `version` is 0 when the header was never saved. */
export const planHeaderInput = z
  .object({
    vision: text(2000).default(''),
    mission: text(2000).default(''),
    impact: text(2000).default(''),
    impactAssumptions: text(4000).default(''),
    periodStart: optionalDate(),
    periodEnd: optionalDate(),
    version: z.number().int().nonnegative(),
  })
  .strict()

const resultFields = {
  statement: requiredText(1000),
  assumptions: text(4000).default(''),
  owner: text(120).default(''),
  projectId: id().nullable().default(null),
}

/** Input of `plan:createResult`: an outcome under an objective, or an output under an outcome. */
export const resultCreateInput = z
  .object({ level: z.enum(RESULT_LEVELS), parentId: id(), ...resultFields })
  .strict()

/** Input of `plan:updateResult` (moving is `plan:reparent`). */
export const resultUpdateInput = z
  .object({ id: id(), version: version(), ...resultFields })
  .strict()

/** Input of the delete channels. */
export const planDeleteInput = z.object({ id: id() }).strict()

/** One milestone as the activity form sends it; `id` keeps an existing one. */
export const milestoneInput = z
  .object({
    id: id().optional(),
    title: requiredText(200),
    dueDate: isoDate(),
    achievedDate: optionalDate(),
  })
  .strict()

const activityFields = {
  title: requiredText(300),
  description: text(4000).default(''),
  owner: text(120).default(''),
  responsibleUnit: text(120).default(''),
  plannedStart: isoDate(),
  plannedEnd: isoDate(),
  actualStart: optionalDate(),
  actualEnd: optionalDate(),
  status: z.enum(ACTIVITY_STATUSES).default('not_started'),
  percentComplete: z.number().int().min(0).max(100).default(0),
  assumptions: text(4000).default(''),
  projectId: id().nullable().default(null),
  dependsOn: z
    .array(id())
    .max(50)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, {
      message: 'lists the same activity twice.',
      params: { duplicate: true },
    }),
  milestones: z.array(milestoneInput).max(30).default([]),
}

/** Input of `plan:createActivity`. */
export const activityCreateInput = z.object({ outputId: id(), ...activityFields }).strict()

/**
 * Input of `plan:updateActivity`: the full record. The activity form and the timeline both send
 * this, so changing dates in either gives the same result.
 */
export const activityUpdateInput = z
  .object({ id: id(), version: version(), ...activityFields })
  .strict()

const projectFields = {
  code: code(),
  title: requiredText(200),
  description: text(4000).default(''),
  owner: text(120).default(''),
  status: z.enum(PROJECT_STATUSES).default('pipeline'),
  plannedStart: optionalDate(),
  plannedEnd: optionalDate(),
}

/** Input of `plan:createProject`. */
export const projectCreateInput = z.object(projectFields).strict()

/** Input of `plan:updateProject`. */
export const projectUpdateInput = z
  .object({ id: id(), version: version(), ...projectFields })
  .strict()

/** Input of `plan:move`: one place up or down among its siblings. */
export const planMoveInput = z
  .object({
    kind: z.enum(PLAN_ITEM_KINDS),
    id: id(),
    version: version(),
    direction: z.enum(['up', 'down']),
  })
  .strict()

/** Input of `plan:reparent`: to the end of another parent of the right level. */
export const planReparentInput = z
  .object({
    kind: z.enum(['outcome', 'output', 'activity']),
    id: id(),
    version: version(),
    parentId: id(),
  })
  .strict()

/** Labels used in validation messages for plan fields. */
export const planLabels: FieldLabels = FIELD_LABELS.plan

/** Channels of the plan domain: input schemas, field labels and output types. */
export const planChannels = {
  'plan:get': channel<PlanData>()(noInput),
  'plan:saveHeader': channel<PlanHeader>()(planHeaderInput, planLabels),
  'plan:createResult': channel<PlanResult>()(resultCreateInput, planLabels),
  'plan:updateResult': channel<PlanResult>()(resultUpdateInput, planLabels),
  'plan:deleteResult': channel<{ id: number }>()(planDeleteInput, planLabels),
  'plan:createActivity': channel<PlanActivity>()(activityCreateInput, planLabels),
  'plan:updateActivity': channel<PlanActivity>()(activityUpdateInput, planLabels),
  'plan:deleteActivity': channel<{ id: number }>()(planDeleteInput, planLabels),
  'plan:createProject': channel<PlanProject>()(projectCreateInput, planLabels),
  'plan:updateProject': channel<PlanProject>()(projectUpdateInput, planLabels),
  'plan:deleteProject': channel<{ id: number }>()(planDeleteInput, planLabels),
  'plan:move': channel<{ id: number }>()(planMoveInput, planLabels),
  'plan:reparent': channel<{ id: number }>()(planReparentInput, planLabels),
} satisfies Record<(typeof PLAN_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
