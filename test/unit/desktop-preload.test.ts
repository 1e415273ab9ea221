import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, input: unknown) => ({
      ok: true,
      value: { channel, input },
    })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}))
vi.mock('electron', () => electron)

import type { CapstanBridge } from '../../shared/contract/bridge'
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/contract/channel-names'

async function loadPreload(): Promise<CapstanBridge> {
  vi.resetModules()
  electron.contextBridge.exposeInMainWorld.mockClear()
  await import('../../electron/preload/index')
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!
  expect(key).toBe('capstan')
  return api as CapstanBridge
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear()
  electron.ipcRenderer.on.mockClear()
  electron.ipcRenderer.removeListener.mockClear()
})

describe('preload bridge', () => {
  it('exposes window.capstan with invoke and on, and nothing else', async () => {
    const api = await loadPreload()
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on'])
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('passes every contract channel to ipcRenderer.invoke', async () => {
    const api = await loadPreload()
    for (const channel of CHANNEL_NAMES) {
      await expect(api.invoke(channel, { a: 1 } as never)).resolves.toEqual({
        ok: true,
        value: { channel, input: { a: 1 } },
      })
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNEL_NAMES.length)
  })

  it('refuses unknown channels without touching ipcRenderer', async () => {
    const api = await loadPreload()
    for (const bad of ['db:exec', 'objectives', '', 'app:info ', '__proto__', 42, null]) {
      await expect(api.invoke(bad as never)).rejects.toThrow(/no channel/)
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it('subscribes to contract events, hides the IPC event and unsubscribes', async () => {
    const api = await loadPreload()
    const listener = vi.fn()
    const off = api.on(EVENT_NAMES[0]!, listener)
    const [name, relay] = electron.ipcRenderer.on.mock.calls[0]!
    expect(name).toBe(EVENT_NAMES[0]!)
    relay({ sender: 'ipc internals' }, 'extra')
    expect(listener).toHaveBeenCalledWith()
    off()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_NAMES[0]!, relay)
  })

  it('refuses unknown events without touching ipcRenderer', async () => {
    const api = await loadPreload()
    for (const bad of ['objectives:deleted', 'ipc-message', '', undefined]) {
      expect(() => api.on(bad as never, () => undefined)).toThrow(/no event/)
    }
    expect(() => api.on(EVENT_NAMES[0]!, 'not a function' as never)).toThrow(TypeError)
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled()
  })
})
