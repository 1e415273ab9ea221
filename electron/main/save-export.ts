import path from 'node:path'
import { app, BrowserWindow, dialog, type SaveDialogOptions, type WebContents } from 'electron'
import type { DocumentHistory, Language } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/contract/result'
import { CATALOGUES } from '../../shared/i18n'
import type { Backend } from '../backend/backend'

/** The channel whose target path only the main process may supply. */
export const SAVE_EXPORT_CHANNEL = 'documents:saveExport'

/** What the save dialog is asked to show. */
export interface SaveTargetRequest {
  defaultName: string
  title: string
  filterName: string
}

/** Asks the user where to save; resolves with the chosen path, or undefined when cancelled. */
export type ChooseSaveTarget = (request: SaveTargetRequest) => Promise<string | undefined>

/** Answer when the user closed the dialog without choosing: a success that wrote nothing. */
export interface SaveCancelled {
  cancelled: true
}

const DIALOG_TEXT: Record<Language, { title: string; filter: string }> = {
  en: CATALOGUES.en.documents.saveDialog,
  fr: CATALOGUES.fr.documents.saveDialog,
  es: CATALOGUES.es.documents.saveDialog,
}

const BAD_ID = 'Export must be a positive whole number.'

// Only the export's id is taken from the renderer. Anything else it sends (a targetPath above
// all) is dropped: where a file is written is decided by the person at the dialog, nobody else.
function exportIdOf(input: unknown): number | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const id = (input as { exportId?: unknown }).exportId
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined
}

async function dialogLanguage(backend: Pick<Backend, 'invoke'>): Promise<Language> {
  const settings = await backend.invoke('settings:get', undefined)
  const language = settings.ok
    ? (settings.value as { interfaceLanguage?: unknown } | null)?.interfaceLanguage
    : undefined
  return language === 'fr' || language === 'es' ? language : 'en'
}

/**
 * `documents:saveExport` from the desktop window: finds the export, shows the save dialog with
 * its file name, and has the backend copy the file to the path the user chose. Cancelling is not
 * an error: it answers `{ cancelled: true }` and writes nothing.
 */
export async function saveExportWithDialog(
  deps: { backend: Pick<Backend, 'invoke'>; chooseTarget: ChooseSaveTarget },
  input: unknown,
): Promise<Result<{ path: string } | SaveCancelled>> {
  const exportId = exportIdOf(input)
  if (exportId === undefined) {
    return fail('validation', BAD_ID, [{ path: 'exportId', code: 'invalid', message: BAD_ID }])
  }
  const history = await deps.backend.invoke('documents:history', undefined)
  if (!history.ok) return history
  const record = (history.value as DocumentHistory).exports.find((e) => e.id === exportId)
  if (!record) return fail('not_found', 'This exported document no longer exists.')
  const text = DIALOG_TEXT[await dialogLanguage(deps.backend)]
  const chosen = await deps.chooseTarget({
    defaultName: record.fileName,
    title: text.title,
    filterName: text.filter,
  })
  if (!chosen) return ok({ cancelled: true })
  // Some platforms' dialogs do not add the filter's extension; the backend insists on .docx.
  const targetPath = path.extname(chosen).toLowerCase() === '.docx' ? chosen : `${chosen}.docx`
  const saved = await deps.backend.invoke(SAVE_EXPORT_CHANNEL, { exportId, targetPath })
  return saved as Result<{ path: string }>
}

/** The real save dialog, attached to the window that asked, starting in the Documents folder. */
export function electronSaveDialog(contents: WebContents | undefined): ChooseSaveTarget {
  return async (request) => {
    const options: SaveDialogOptions = {
      title: request.title,
      defaultPath: path.join(app.getPath('documents'), request.defaultName),
      filters: [{ name: request.filterName, extensions: ['docx'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    }
    const owner = contents ? BrowserWindow.fromWebContents(contents) : null
    const answer = owner
      ? await dialog.showSaveDialog(owner, options)
      : await dialog.showSaveDialog(options)
    return answer.canceled || !answer.filePath ? undefined : answer.filePath
  }
}
