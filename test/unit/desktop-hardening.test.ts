import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import {
  BLOCKED_REQUEST_URLS,
  hardenWebContents,
  lockDownSession,
  type HardenableContents,
  type HardenableSession,
} from '../../electron/main/hardening'

type Listener = (event: { url?: string; preventDefault: () => void }) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => unknown) | undefined
  const contents = {
    setWindowOpenHandler: vi.fn((h: typeof openHandler) => void (openHandler = h)),
    on: vi.fn((name: string, l: Listener) => {
      listeners.set(name, l)
      return contents
    }),
  }
  hardenWebContents(contents as unknown as HardenableContents)
  /** Fires `name` and reports whether the handler prevented it. */
  const fire = (name: string, url?: string) => {
    const preventDefault = vi.fn()
    const listener = listeners.get(name)
    if (!listener) throw new Error(`no listener for ${name}`)
    listener({ url, preventDefault })
    return preventDefault.mock.calls.length > 0
  }
  return { fire, open: (url: string) => openHandler?.({ url }) }
}

describe('web contents hardening', () => {
  it('denies every new window, even to the app origin', () => {
    const { open } = fakeContents()
    expect(open('https://evil.example/')).toEqual({ action: 'deny' })
    expect(open('app://capstan/index.html')).toEqual({ action: 'deny' })
  })

  it('blocks navigation and redirects away from the app origin', () => {
    const { fire } = fakeContents()
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of [
        'https://evil.example/',
        'http://127.0.0.1:8080/',
        'file:///etc/passwd',
        'app://other/',
        'about:blank',
      ]) {
        expect(fire(name, url), `${name} ${url}`).toBe(true)
      }
      expect(fire(name, 'app://capstan/index.html'), name).toBe(false)
    }
  })

  it('refuses to attach any webview', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true)
  })
})

describe('session lock-down', () => {
  function lockDown() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    }
    lockDownSession(session as unknown as HardenableSession)
    return session
  }

  it('denies every permission request', () => {
    const session = lockDown()
    const handler = session.setPermissionRequestHandler.mock.calls[0]![0]
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn()
      handler({}, permission, callback, {})
      expect(callback, permission).toHaveBeenCalledWith(false)
      expect(callback).not.toHaveBeenCalledWith(true)
    }
  })

  it('answers every permission and device check with false', () => {
    const session = lockDown()
    const check = session.setPermissionCheckHandler.mock.calls[0]![0]
    expect(check({}, 'media', 'app://capstan', {})).toBe(false)
    expect(check(null, 'clipboard-read', 'app://capstan', {})).toBe(false)
    expect(session.setDevicePermissionHandler.mock.calls[0]![0]({})).toBe(false)
  })

  it('cancels every request to the network', () => {
    const session = lockDown()
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0]!
    expect(filter).toEqual({ urls: BLOCKED_REQUEST_URLS })
    expect(BLOCKED_REQUEST_URLS).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'])
    const callback = vi.fn()
    listener({ url: 'https://telemetry.example/' }, callback)
    expect(callback).toHaveBeenCalledWith({ cancel: true })
  })
})
