import type { ChannelInput } from '../../../shared/contract'
import { call, saveExport } from './api'

/** Typed calls for Word documents, sign-off snapshots and ministerial submissions. */
export const documentsApi = {
  outline: (input: ChannelInput<'documents:outline'>) => call('documents:outline', input),
  exportDocument: (input: ChannelInput<'documents:export'>) => call('documents:export', input),
  history: () => call('documents:history', {}),
  prepareSignoff: (input: ChannelInput<'documents:prepareSignoff'>) =>
    call('documents:prepareSignoff', input),
  recordDecisions: (input: ChannelInput<'documents:recordDecisions'>) =>
    call('documents:recordDecisions', input),
  verify: (input: ChannelInput<'documents:verify'>) => call('documents:verify', input),
  changes: () => call('documents:changes', {}),
  listSubmissions: () => call('documents:listSubmissions', {}),
  saveSubmission: (input: ChannelInput<'documents:saveSubmission'>) =>
    call('documents:saveSubmission', input),
  deleteSubmission: (id: number) => call('documents:deleteSubmission', { id }),
  setLogo: (input: ChannelInput<'documents:setLogo'>) => call('documents:setLogo', input),
  /** Assessments a needs-assessment report can be about. */
  assessments: () => call('assessments:list', undefined),
  /** Saves (desktop) or downloads (browser mode) an exported file. */
  save: (exportId: number) => saveExport(exportId),
}
