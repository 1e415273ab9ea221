import { z } from 'zod'
import { FIELD_LABELS } from '../i18n/field-labels'
import { channel, type ChannelDef } from './channel-def'
import { code, id, noInput, requiredText, text } from './fields'
import type { OBJECTIVES_CHANNELS } from './objectives-names'
import type { FieldLabels } from './problems'

/** Lifecycle of a strategic objective. */
export const OBJECTIVE_STATUSES = ['draft', 'active', 'on_hold', 'completed', 'cancelled'] as const
/** One objective status. */
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number]

const objectiveFields = {
  code: code(),
  title: requiredText(200),
  description: text(4000).default(''),
  owner: text(120).default(''),
  status: z.enum(OBJECTIVE_STATUSES).default('draft'),
  /** Conditions outside the administration's control that the objective relies on. */
  assumptions: text(4000).default(''),
}

/** Input of `objectives:create`. */
export const objectiveCreateInput = z.object(objectiveFields).strict()

/** Input of `objectives:update`: the full record plus the version the user edited. */
export const objectiveUpdateInput = z
  .object({
    id: id(),
    version: z.number().int().positive(),
    ...objectiveFields,
    // Accepted and ignored, so a record read from objectives:list can be sent back as it is;
    // the logframe order changes only through plan:move.
    position: z.number().int().optional(),
  })
  .strict()

/** Input of `objectives:delete`. */
export const objectiveDeleteInput = z.object({ id: id() }).strict()

/** A strategic objective as the UI sees it. */
export interface Objective {
  id: number
  code: string
  title: string
  description: string
  owner: string
  status: ObjectiveStatus
  /** Conditions outside the administration's control that the objective relies on. */
  assumptions: string
  /** Order in the logframe; the dotted number follows it. */
  position: number
  /** Incremented on every change; an update naming an older version is a conflict. */
  version: number
  createdAt: string
  updatedAt: string
}

/** Labels used in validation messages for objective fields. */
export const objectiveLabels: FieldLabels = FIELD_LABELS.objectives

/** Channels of strategic objectives: input schemas, field labels and output types. */
export const objectivesChannels = {
  'objectives:list': channel<Objective[]>()(noInput),
  'objectives:create': channel<Objective>()(objectiveCreateInput, objectiveLabels),
  'objectives:update': channel<Objective>()(objectiveUpdateInput, objectiveLabels),
  'objectives:delete': channel<{ id: number }>()(objectiveDeleteInput, objectiveLabels),
} satisfies Record<(typeof OBJECTIVES_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
