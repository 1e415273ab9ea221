// Zod-free list for the preload's allow-list; the schemas live in ./documents.ts.

/** Channels of the documents domain (Word exports, submissions, sign-off). */
export const DOCUMENTS_CHANNELS = [
  'documents:outline',
  'documents:export',
  'documents:history',
  'documents:prepareSignoff',
  'documents:recordDecisions',
  'documents:verify',
  'documents:changes',
  'documents:saveExport',
  'documents:listSubmissions',
  'documents:saveSubmission',
  'documents:deleteSubmission',
  'documents:setLogo',
] as const
