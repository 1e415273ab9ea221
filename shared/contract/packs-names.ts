// Zod-free list for the preload's allow-list; the schemas live in ./packs.ts.

/** Channels of template packs and the library items they install. */
export const PACKS_CHANNELS = [
  'packs:list',
  'packs:contents',
  'packs:preview',
  'packs:import',
  'packs:conflicts',
  'packs:resolveConflict',
  'packs:export',
  'library:editText',
  'packs:trustedKeys',
  'packs:trustKey',
  'packs:distrustKey',
] as const
