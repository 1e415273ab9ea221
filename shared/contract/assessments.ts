import type { z } from 'zod'
import type { ChannelDef } from './channels'
import type { ASSESSMENTS_CHANNELS } from './assessments-names'

/** Channels of the assessments domain: input schemas, field labels and output types. */
export const assessmentsChannels = {} satisfies Record<
  (typeof ASSESSMENTS_CHANNELS)[number],
  ChannelDef<z.ZodType, unknown>
>
