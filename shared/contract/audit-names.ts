// Zod-free list for the preload's allow-list; the schemas live in ./audit.ts.

/** Channels of the audit trail. */
export const AUDIT_CHANNELS = ['audit:list', 'audit:verify'] as const
