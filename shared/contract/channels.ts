// The registry: every domain declares its channels in its own file (with ./channel-def, so no
// domain file imports this one back); this file only puts them together.
import type { z } from 'zod'
import { appChannels } from './app'
import { assessmentsChannels } from './assessments'
import { auditChannels } from './audit'
import { backupChannels } from './backup'
import type { ChannelDef } from './channel-def'
import type { ChannelName } from './channel-names'
import { documentsChannels } from './documents'
import { indicatorsChannels } from './indicators'
import { integrityChannels } from './integrity'
import { objectivesChannels } from './objectives'
import { packsChannels } from './packs'
import { planChannels } from './plan'
import { risksChannels } from './risks'
import { settingsChannels } from './settings'

export { channel, type ChannelDef } from './channel-def'

/** The one contract shared by every door. */
export const channels = {
  ...appChannels,
  ...settingsChannels,
  ...objectivesChannels,
  ...auditChannels,
  ...packsChannels,
  ...planChannels,
  ...assessmentsChannels,
  ...indicatorsChannels,
  ...risksChannels,
  ...integrityChannels,
  ...documentsChannels,
  ...backupChannels,
} satisfies Record<ChannelName, ChannelDef<z.ZodType, unknown>>

type Channels = typeof channels
/** What a caller may send on channel K (defaults optional). */
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>
/** What a handler receives on channel K after validation. */
export type ChannelParsed<K extends ChannelName> = z.output<Channels[K]['input']>
/** What channel K answers with inside the result envelope. */
export type ChannelOutput<K extends ChannelName> =
  Channels[K] extends ChannelDef<z.ZodType, infer O> ? O : never
