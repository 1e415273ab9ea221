import type { z } from 'zod'
import type { ChannelDef } from './channels'
import type { INTEGRITY_CHANNELS } from './integrity-names'

/** Channels of the integrity domain: input schemas, field labels and output types. */
export const integrityChannels = {} satisfies Record<
  (typeof INTEGRITY_CHANNELS)[number],
  ChannelDef<z.ZodType, unknown>
>
