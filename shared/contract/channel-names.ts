// Kept free of zod so the sandboxed preload bundle stays tiny.

/** Every invoke channel, `<domain>:<verb>`. The preload allows exactly these. */
export const CHANNEL_NAMES = [
  'app:info',
  'settings:get',
  'settings:save',
  'settings:setLanguage',
  'objectives:list',
  'objectives:create',
  'objectives:update',
  'objectives:delete',
  'audit:list',
  'audit:verify',
  'packs:list',
  'packs:contents',
  'packs:preview',
  'packs:import',
  'packs:conflicts',
  'packs:resolveConflict',
  'packs:export',
  'library:editText',
] as const

/** Events main → renderer, past tense. */
export const EVENT_NAMES = [
  'settings:changed',
  'objectives:changed',
  'packs:changed',
  'library:changed',
] as const

/** One invoke channel name. */
export type ChannelName = (typeof CHANNEL_NAMES)[number]
/** One event name. */
export type EventName = (typeof EVENT_NAMES)[number]

/** True when `name` is a channel the contract defines. */
export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name)

/** True when `name` is an event the contract defines. */
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)
