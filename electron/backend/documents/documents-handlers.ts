import type { DOCUMENTS_CHANNELS } from '../../../shared/contract/documents-names'
import type { HandlersFor } from '../handler-types'
import { changesReport, documentOutline, exportDocument, prepareSignoff } from './export-service'
import {
  documentHistory,
  recordDecisions,
  saveExportAs,
  setLogo,
  verifyDocument,
} from './signoff-service'
import { deleteSubmission, listSubmissions, saveSubmission } from './submission-service'

const bytes = (b64: string) => Buffer.from(b64, 'base64')

/** Thin handlers for the documents channels. */
export const documentsHandlers: HandlersFor<(typeof DOCUMENTS_CHANNELS)[number]> = {
  'documents:outline': (ctx, input) => documentOutline(ctx, input),
  'documents:export': (ctx, input) => exportDocument(ctx, input),
  'documents:history': (ctx) => documentHistory(ctx),
  'documents:prepareSignoff': (ctx, input) => prepareSignoff(ctx, input),
  'documents:recordDecisions': (ctx, input) => recordDecisions(ctx, input),
  'documents:verify': (ctx, input) => verifyDocument(ctx, bytes(input.dataBase64)),
  'documents:changes': (ctx) => changesReport(ctx),
  'documents:saveExport': (ctx, input) => saveExportAs(ctx, input.exportId, input.targetPath),
  'documents:listSubmissions': (ctx) => listSubmissions(ctx),
  'documents:saveSubmission': (ctx, input) => saveSubmission(ctx, input),
  'documents:deleteSubmission': (ctx, input) => deleteSubmission(ctx, input.id),
  'documents:setLogo': (ctx, input) => setLogo(ctx, input ? bytes(input.dataBase64) : null),
}
