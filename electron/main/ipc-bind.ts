import type { IpcMain, WebContents } from 'electron'
import type { Backend } from '../backend/backend'
import { CHANNEL_NAMES, isEventName } from '../../shared/contract/channel-names'
import { fail, type Result } from '../../shared/contract/result'
import { isTrustedEvent, type GuardedEvent } from './ipc-guard'
import {
  electronSaveDialog,
  SAVE_EXPORT_CHANNEL,
  saveExportWithDialog,
  type ChooseSaveTarget,
} from './save-export'

/** Everything the binder needs, passed in so it can be tested without Electron. */
export interface IpcBindingDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>
  backend: Pick<Backend, 'invoke' | 'onEvent'>
  /** The main window's WebContents, or undefined while there is none. */
  getMainContents: () => Pick<WebContents, 'id' | 'send' | 'isDestroyed'> | undefined
  log?: (message: string) => void
  /** The save dialog for `documents:saveExport`, given the asking window (default: Electron's). */
  saveDialog?: (sender: GuardedEvent['sender']) => ChooseSaveTarget
}

const FORBIDDEN_MESSAGE = 'This window is not allowed to use Capstan data.'

/**
 * Registers one `ipcMain.handle` per contract channel and forwards backend events to the main
 * window. Calls from anything but the main window's top frame get a 'forbidden' envelope and
 * never reach the backend. `documents:saveExport` shows the save dialog here first: the file's
 * destination comes from the dialog, never from the page. Returns the function that undoes both.
 */
export function bindIpc(deps: IpcBindingDeps): () => void {
  const log = deps.log ?? ((m: string) => console.warn(m))
  for (const channel of CHANNEL_NAMES) {
    deps.ipcMain.handle(
      channel,
      async (event: GuardedEvent, input: unknown): Promise<Result<unknown>> => {
        if (!isTrustedEvent(event, deps.getMainContents())) {
          log(`Refused IPC "${channel}" from ${event.senderFrame?.url ?? 'a closed frame'}`)
          return fail('forbidden', FORBIDDEN_MESSAGE)
        }
        try {
          if (channel === SAVE_EXPORT_CHANNEL) {
            const chooseTarget = (deps.saveDialog ?? electronSaveDialog)(event.sender)
            return await saveExportWithDialog({ backend: deps.backend, chooseTarget }, input)
          }
          return await deps.backend.invoke(channel, input)
        } catch (e) {
          // The dispatcher already turns failures into envelopes; this is the last safety net.
          console.error(e)
          return fail('internal', 'Capstan hit an unexpected problem and changed nothing.')
        }
      },
    )
  }
  const stopEvents = deps.backend.onEvent((event) => {
    const contents = deps.getMainContents()
    if (!isEventName(event) || !contents || contents.isDestroyed()) return
    contents.send(event)
  })
  return () => {
    stopEvents()
    for (const channel of CHANNEL_NAMES) deps.ipcMain.removeHandler(channel)
  }
}
