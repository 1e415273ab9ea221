import type { z } from 'zod'
import type { ChannelDef } from './channels'
import type { PLAN_CHANNELS } from './plan-names'

/** Channels of the plan domain: input schemas, field labels and output types. */
export const planChannels = {} satisfies Record<
  (typeof PLAN_CHANNELS)[number],
  ChannelDef<z.ZodType, unknown>
>
