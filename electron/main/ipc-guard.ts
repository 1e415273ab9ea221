import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { isAppUrl } from './app-origin'

/**
 * True only for the app's own top frame. Everything else (file:, http(s):, other app hosts,
 * about:blank, a frame embedded in the page) may not call the backend.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isTopFrame: boolean): boolean {
  return isTopFrame === true && isAppUrl(frameUrl)
}

/** The parts of an invoke event the guard looks at. */
export type GuardedEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>

/**
 * True when an IPC call comes from the main window's own top frame showing the app origin.
 * The frame, not the WebContents, is checked: a subframe shares its WebContents.
 */
export function isTrustedEvent(
  event: GuardedEvent,
  mainContents: Pick<WebContents, 'id'> | null | undefined,
): boolean {
  if (!mainContents || !event.sender || event.sender.id !== mainContents.id) return false
  const frame = event.senderFrame
  if (!frame) return false
  return isTrustedSender(frame.url, frame.parent === null)
}
