import type { z } from 'zod'
import type { ChannelDef } from './channels'
import type { RISKS_CHANNELS } from './risks-names'

/** Channels of the risks domain: input schemas, field labels and output types. */
export const risksChannels = {} satisfies Record<
  (typeof RISKS_CHANNELS)[number],
  ChannelDef<z.ZodType, unknown>
>
