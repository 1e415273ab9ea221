import type { Session, WebContents } from 'electron'
import { isAppUrl } from './app-origin'

/** The WebContents surface the hardening touches. */
export type HardenableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>

/**
 * Locks one WebContents in place: no new windows, no navigation or redirect away from the app
 * origin, no <webview>. Called for every WebContents Electron creates.
 */
export function hardenWebContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}

/** URL patterns of network requests web content may never make: Capstan is offline. */
export const BLOCKED_REQUEST_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']

/** The session surface the hardening touches. */
export type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> }

/**
 * Denies every permission (camera, notifications, geolocation, devices…) and cancels any
 * request to the network, so neither a bug nor injected content can reach outside the machine.
 */
export function lockDownSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_URLS }, (_details, callback) =>
    callback({ cancel: true }),
  )
}
