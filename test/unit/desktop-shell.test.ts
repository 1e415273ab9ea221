import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

// A stand-in for Electron: records what the shell asks of it.
const h = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const windows: Array<Record<string, unknown>> = []
  const state = { lock: true, calls: [] as string[] }
  const app = {
    isPackaged: true,
    setName: vi.fn(),
    getPath: vi.fn((name: string) =>
      name === 'appData' ? '/home/u/.config' : '/home/u/.config/Capstan',
    ),
    setPath: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, l: (...args: unknown[]) => void) => {
      appListeners.set(name, l)
      return app
    }),
    whenReady: vi.fn(async () => {
      state.calls.push('ready')
    }),
  }
  class BrowserWindow {
    options: unknown
    webContents = { id: 7, send: vi.fn(), isDestroyed: () => false }
    listeners = new Map<string, () => void>()
    show = vi.fn()
    focus = vi.fn()
    restore = vi.fn()
    isMinimized = vi.fn(() => true)
    isDestroyed = () => false
    loadURL = vi.fn(async () => undefined)
    on = (name: string, l: () => void) => void this.listeners.set(name, l)
    once = (name: string, l: () => void) => void this.listeners.set(name, l)
    constructor(options: unknown) {
      this.options = options
      windows.push(this as unknown as Record<string, unknown>)
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  }
  const electron = {
    app,
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => state.calls.push('registerSchemes')),
      handle: vi.fn(),
    },
    session,
  }
  const backend = { call: vi.fn(), onEvent: vi.fn(() => () => undefined), close: vi.fn() }
  const openBackend = vi.fn((_opts: { dataDir: string; mode: string }) => backend)
  return { electron, appListeners, windows, state, backend, openBackend }
})

vi.mock('electron', () => h.electron)
vi.mock('../../electron/backend/backend', () => ({ openBackend: h.openBackend }))

import { DatabaseTooNewError } from '../../electron/backend/errors'
import { runShell } from '../../electron/main/shell'

const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-shell-'))
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>')
afterAll(() => fs.rmSync(rendererDir, { recursive: true, force: true }))

const run = (argv: string[] = ['electron', '.'], env: NodeJS.ProcessEnv = {}) =>
  runShell({ argv, env, rendererDir })

beforeEach(() => {
  vi.clearAllMocks()
  h.appListeners.clear()
  h.windows.length = 0
  h.state.lock = true
  h.state.calls = []
  h.openBackend.mockImplementation(() => h.backend)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

describe('desktop shell start-up', () => {
  it('registers the app scheme before ready, then opens one hardened window on it', async () => {
    await run()
    expect(h.state.calls).toEqual(['registerSchemes', 'ready'])
    expect(h.electron.app.enableSandbox).toHaveBeenCalled()
    expect(h.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(h.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(h.windows).toHaveLength(1)
    const win = h.windows[0] as unknown as {
      options: { webPreferences: Record<string, unknown>; show: boolean }
      loadURL: ReturnType<typeof vi.fn>
    }
    expect(win.options.show).toBe(false)
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      devTools: false,
    })
    expect(String(win.options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(win.loadURL).toHaveBeenCalledWith('app://capstan/index.html')
    expect(h.electron.ipcMain.handle).toHaveBeenCalledWith('objectives:list', expect.any(Function))
    expect(h.electron.dialog.showErrorBox).not.toHaveBeenCalled()
  })

  it('keeps its data in the per-user Capstan folder unless told otherwise', async () => {
    await run()
    expect(h.electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      path.join('/home/u/.config', 'Capstan'),
    )
    expect(h.openBackend).toHaveBeenCalledWith({
      dataDir: path.resolve('/home/u/.config/Capstan'),
      mode: 'desktop',
      holder: 'desktop',
    })
  })

  it('honours --data-dir, then CAPSTAN_DATA_DIR', async () => {
    await run(['electron', '.', '--data-dir', '/srv/a'], { CAPSTAN_DATA_DIR: '/srv/b' })
    expect(h.openBackend).toHaveBeenLastCalledWith({
      dataDir: path.resolve('/srv/a'),
      mode: 'desktop',
      holder: 'desktop',
    })
    await run(['electron', '.'], { CAPSTAN_DATA_DIR: '/srv/b' })
    expect(h.openBackend).toHaveBeenLastCalledWith({
      dataDir: path.resolve('/srv/b'),
      mode: 'desktop',
      holder: 'desktop',
    })
  })

  it('quits at once when another Capstan is already running', async () => {
    h.state.lock = false
    await run()
    expect(h.electron.app.quit).toHaveBeenCalled()
    expect(h.electron.app.whenReady).not.toHaveBeenCalled()
    expect(h.openBackend).not.toHaveBeenCalled()
    expect(h.windows).toHaveLength(0)
  })

  it('brings the existing window forward when a second copy is started', async () => {
    await run()
    h.appListeners.get('second-instance')!()
    const win = h.windows[0] as unknown as { restore: () => void; focus: () => void }
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('shows the plain message and quits when the database is newer than the app', async () => {
    h.openBackend.mockImplementation(() => {
      throw new DatabaseTooNewError(9, 3)
    })
    await run()
    expect(h.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Capstan cannot start',
      new DatabaseTooNewError(9, 3).message,
    )
    expect(h.electron.app.exit).toHaveBeenCalledWith(1)
    expect(h.windows).toHaveLength(0)
  })

  it('explains any other start-up failure without a stack trace', async () => {
    h.openBackend.mockImplementation(() => {
      throw new Error('SQLITE_CANTOPEN: unable to open database file')
    })
    await run(['electron', '.', '--data-dir', '/readonly'])
    const [, text] = h.electron.dialog.showErrorBox.mock.calls[0]!
    expect(text).toContain(path.resolve('/readonly'))
    expect(text).toContain('SQLITE_CANTOPEN')
    expect(text).not.toMatch(/\bat .+:\d+:\d+/)
    expect(h.electron.app.exit).toHaveBeenCalledWith(1)
  })

  it('refuses to start without the built interface', async () => {
    await runShell({
      argv: ['electron', '.'],
      env: {},
      rendererDir: path.join(rendererDir, 'nope'),
    })
    expect(h.electron.dialog.showErrorBox.mock.calls[0]![1]).toContain('npm run build')
    expect(h.openBackend).not.toHaveBeenCalled()
    expect(h.electron.app.exit).toHaveBeenCalledWith(1)
  })

  it('closes the backend when the app quits', async () => {
    await run()
    expect(h.backend.close).not.toHaveBeenCalled()
    h.appListeners.get('will-quit')!()
    expect(h.backend.close).toHaveBeenCalledTimes(1)
    expect(h.electron.ipcMain.removeHandler).toHaveBeenCalledWith('objectives:list')
  })
})
