// Zod-free list for the preload's allow-list; the schemas live in ./settings.ts.

/** Channels of the administration profile (setup wizard and Settings). */
export const SETTINGS_CHANNELS = ['settings:get', 'settings:save', 'settings:setLanguage'] as const
