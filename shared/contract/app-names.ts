// Zod-free list for the preload's allow-list; the channel is declared in ./app.ts.

/** Channels describing the running backend. */
export const APP_CHANNELS = ['app:info'] as const
