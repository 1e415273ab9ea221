import type { z } from 'zod'
import type { APP_CHANNELS } from './app-names'
import { channel, type ChannelDef } from './channel-def'
import { noInput } from './fields'

/** Where the renderer is running. */
export type AppMode = 'desktop' | 'browser'

/** Facts about the running backend, shown in the shell and Settings. */
export interface AppInfo {
  version: string
  schemaVersion: number
  dataDir: string
  actor: string
  mode: AppMode
}

/** Channels describing the running backend. */
export const appChannels = {
  'app:info': channel<AppInfo>()(noInput),
} satisfies Record<(typeof APP_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
