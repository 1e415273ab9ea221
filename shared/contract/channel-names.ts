// Kept free of zod so the sandboxed preload bundle stays tiny.

import { APP_CHANNELS } from './app-names'
import { ASSESSMENTS_CHANNELS } from './assessments-names'
import { AUDIT_CHANNELS } from './audit-names'
import { BACKUP_CHANNELS } from './backup-names'
import { DOCUMENTS_CHANNELS } from './documents-names'
import { INDICATORS_CHANNELS } from './indicators-names'
import { INTEGRITY_CHANNELS } from './integrity-names'
import { OBJECTIVES_CHANNELS } from './objectives-names'
import { PACKS_CHANNELS } from './packs-names'
import { PLAN_CHANNELS } from './plan-names'
import { RISKS_CHANNELS } from './risks-names'
import { SETTINGS_CHANNELS } from './settings-names'

/** Every invoke channel, `<domain>:<verb>`. The preload allows exactly these. */
export const CHANNEL_NAMES = [
  ...APP_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...OBJECTIVES_CHANNELS,
  ...AUDIT_CHANNELS,
  ...PACKS_CHANNELS,
  ...PLAN_CHANNELS,
  ...ASSESSMENTS_CHANNELS,
  ...INDICATORS_CHANNELS,
  ...RISKS_CHANNELS,
  ...INTEGRITY_CHANNELS,
  ...DOCUMENTS_CHANNELS,
  ...BACKUP_CHANNELS,
] as const

/** One invoke channel name. */
export type ChannelName = (typeof CHANNEL_NAMES)[number]
type DomainOf<C> = C extends `${infer D}:${string}` ? D : never

/** Events main → renderer, past tense: `<domain>:changed` after any call that wrote data. */
export type EventName = `${DomainOf<ChannelName>}:changed`

/** Every event name, one per domain. */
export const EVENT_NAMES: readonly EventName[] = [
  ...new Set(CHANNEL_NAMES.map((c) => `${c.split(':')[0]}:changed` as EventName)),
]

/** True when `name` is a channel the contract defines. */
export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name)

/** True when `name` is an event the contract defines. */
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)
