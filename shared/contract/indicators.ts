import type { z } from 'zod'
import type { ChannelDef } from './channels'
import type { INDICATORS_CHANNELS } from './indicators-names'

/** Channels of the indicators domain: input schemas, field labels and output types. */
export const indicatorsChannels = {} satisfies Record<
  (typeof INDICATORS_CHANNELS)[number],
  ChannelDef<z.ZodType, unknown>
>
