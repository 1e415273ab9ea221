import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import { CHANNEL_NAMES, type EventName } from '../../shared/contract/channel-names'
import { bindIpc, type IpcBindingDeps } from '../../electron/main/ipc-bind'
import { isTrustedEvent, isTrustedSender, type GuardedEvent } from '../../electron/main/ipc-guard'

type Handler = (event: GuardedEvent, input: unknown) => unknown

const frame = (url: string, parent: object | null = null) =>
  ({ url, parent }) as unknown as NonNullable<GuardedEvent['senderFrame']>

const event = (url: string, opts: { senderId?: number; subframe?: boolean } = {}): GuardedEvent =>
  ({
    sender: { id: opts.senderId ?? 1 },
    senderFrame: frame(url, opts.subframe ? frame('app://capstan/index.html') : null),
  }) as unknown as GuardedEvent

function setup() {
  const handlers = new Map<string, Handler>()
  const listeners: Array<(e: EventName) => void> = []
  const contents = { id: 1, send: vi.fn(), isDestroyed: vi.fn(() => false) }
  const backend = {
    invoke: vi.fn(async (_channel: unknown, _input: unknown) => ({
      ok: true as const,
      value: 'from backend',
    })),
    onEvent: vi.fn((l: (e: EventName) => void) => {
      listeners.push(l)
      return () => listeners.splice(listeners.indexOf(l), 1)
    }),
  }
  const deps: IpcBindingDeps = {
    ipcMain: {
      handle: vi.fn((channel: string, h: Handler) => void handlers.set(channel, h)),
      removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
    } as unknown as IpcBindingDeps['ipcMain'],
    backend,
    getMainContents: () => contents as unknown as ReturnType<IpcBindingDeps['getMainContents']>,
    log: vi.fn(),
  }
  const unbind = bindIpc(deps)
  return { handlers, listeners, contents, backend, unbind, deps }
}

describe('isTrustedSender', () => {
  it('accepts the app origin in the top frame', () => {
    expect(isTrustedSender('app://capstan/index.html', true)).toBe(true)
    expect(isTrustedSender('app://capstan/objectives/3?x=1#y', true)).toBe(true)
  })

  it('rejects every other origin and any subframe', () => {
    for (const url of [
      'file:///opt/capstan/dist/renderer/index.html',
      'http://evil.example/',
      'https://evil.example/',
      'http://127.0.0.1:5173/',
      'app://other/index.html',
      'app://capstan.evil/index.html',
      'app://evil@capstan/index.html',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      '',
    ]) {
      expect(isTrustedSender(url, true), url).toBe(false)
    }
    expect(isTrustedSender(undefined, true)).toBe(false)
    expect(isTrustedSender(null, true)).toBe(false)
    expect(isTrustedSender('app://capstan/index.html', false)).toBe(false)
  })
})

describe('isTrustedEvent', () => {
  const main = { id: 1 }
  it('needs the main window, its top frame and the app origin', () => {
    expect(isTrustedEvent(event('app://capstan/index.html'), main)).toBe(true)
    expect(isTrustedEvent(event('app://capstan/index.html', { senderId: 2 }), main)).toBe(false)
    expect(isTrustedEvent(event('app://capstan/index.html', { subframe: true }), main)).toBe(false)
    expect(isTrustedEvent(event('app://capstan/index.html'), undefined)).toBe(false)
    expect(
      isTrustedEvent({ sender: { id: 1 }, senderFrame: null } as unknown as GuardedEvent, main),
    ).toBe(false)
  })
})

describe('bindIpc', () => {
  it('registers exactly the contract channels', () => {
    const { handlers, deps } = setup()
    expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort())
    expect(deps.ipcMain.handle).toHaveBeenCalledTimes(CHANNEL_NAMES.length)
  })

  it('answers an untrusted sender with forbidden and never calls the backend', async () => {
    const { handlers, backend } = setup()
    for (const e of [
      event('http://evil.example/'),
      event('file:///index.html'),
      event('app://capstan/index.html', { subframe: true }),
      event('app://capstan/index.html', { senderId: 99 }),
    ]) {
      const result = await handlers.get('objectives:delete')!(e, { id: 1 })
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(backend.invoke).not.toHaveBeenCalled()
  })

  it('passes a trusted call to the backend and returns its envelope unchanged', async () => {
    const { handlers, backend } = setup()
    const input = { title: 'Risk-based controls' }
    const result = await handlers.get('objectives:create')!(
      event('app://capstan/index.html'),
      input,
    )
    expect(backend.invoke).toHaveBeenCalledWith('objectives:create', input)
    expect(result).toEqual({ ok: true, value: 'from backend' })
  })

  it('turns a thrown backend error into an internal envelope', async () => {
    const { handlers, backend } = setup()
    backend.invoke.mockImplementationOnce(async () => {
      throw new Error('disk on fire')
    })
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined)
    const result = await handlers.get('app:info')!(event('app://capstan/index.html'), undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('disk on fire')
  })

  it('forwards contract events to the main window only', () => {
    const { listeners, contents } = setup()
    listeners.forEach((l) => l('objectives:changed'))
    expect(contents.send).toHaveBeenCalledWith('objectives:changed')
    contents.send.mockClear()
    listeners.forEach((l) => l('secrets:leaked' as EventName))
    expect(contents.send).not.toHaveBeenCalled()
    contents.isDestroyed.mockReturnValue(true)
    listeners.forEach((l) => l('settings:changed'))
    expect(contents.send).not.toHaveBeenCalled()
  })

  it('unbinds every channel and stops forwarding', () => {
    const { handlers, listeners, unbind } = setup()
    unbind()
    expect(handlers.size).toBe(0)
    expect(listeners).toHaveLength(0)
  })
})
