import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron'
import { openBackend, type Backend } from '../backend/backend'
import { ensureDailyBackup } from '../backend/backup/backup-service'
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES } from './app-origin'
import { serveRenderer } from './app-protocol'
import { hardenWebContents, lockDownSession } from './hardening'
import { bindIpc } from './ipc-bind'
import { menuTemplate } from './menu'
import { chooseDataDir, STARTUP_ERROR_TITLE, startupErrorMessage, StartupProblem } from './startup'
import { buildWindowOptions } from './window-options'

/** Where the bundled main file finds its siblings (out/main → out/preload, dist/renderer). */
export const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
/** The built renderer (npm run build:renderer), shared with browser mode. */
export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url))

/** Overridable for tests; the defaults are the real process. */
export interface ShellOptions {
  argv?: readonly string[]
  env?: NodeJS.ProcessEnv
  rendererDir?: string
}

/**
 * Starts the desktop shell: one instance, one hardened window onto the app origin, IPC bound to
 * the backend. Resolves once the window has loaded, or after a startup failure was reported.
 */
export async function runShell(options: ShellOptions = {}): Promise<void> {
  const argv = options.argv ?? process.argv
  const env = options.env ?? process.env
  const rendererDir = options.rendererDir ?? RENDERER_DIR
  const devTools = !app.isPackaged

  // All of this must happen before 'ready'.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
  app.setName('Capstan')
  // Pin userData to ".../Capstan" whatever package.json's name is, so desktop and CLI agree.
  app.setPath('userData', path.join(app.getPath('appData'), 'Capstan'))
  app.enableSandbox()

  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  let backend: Backend | undefined
  let mainWindow: BrowserWindow | undefined
  let unbindIpc: (() => void) | undefined
  let dataDir: string | undefined

  const closeBackend = () => {
    unbindIpc?.()
    unbindIpc = undefined
    // Closing flushes nothing that is not already committed; the promise may end after quit.
    void Promise.resolve(backend?.close()).catch(() => undefined)
    backend = undefined
  }

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  // One window is the whole app, on macOS too: closing it ends the session and the database.
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', closeBackend)

  try {
    await app.whenReady()
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
      throw new StartupProblem(
        `The Capstan interface is missing from ${rendererDir}. ` +
          'Build it with "npm run build" (npm start does this for you), or reinstall Capstan.',
      )
    }
    dataDir = chooseDataDir({ argv, env, userDataPath: app.getPath('userData') }).dir
    backend = await openBackend({ dataDir, mode: 'desktop', holder: 'desktop' })
    // The first start of each day takes a verified backup, without holding up the window.
    if (backend.dataSafety)
      void ensureDailyBackup(backend.dataSafety).catch((e: Error) =>
        console.error('The daily backup failed:', e.message),
      )

    lockDownSession(session.defaultSession)
    serveRenderer(protocol, rendererDir)
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', devTools })),
    )

    const win = new BrowserWindow(buildWindowOptions({ preloadPath: PRELOAD_PATH, devTools }))
    mainWindow = win
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = undefined
    })
    win.once('ready-to-show', () => win.show())
    unbindIpc = bindIpc({
      ipcMain,
      backend,
      getMainContents: () =>
        mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : undefined,
    })
    await win.loadURL(APP_ENTRY_URL)
  } catch (error) {
    // Full details for whoever reads the log; a plain sentence for the person at the screen.
    console.error(error)
    dialog.showErrorBox(STARTUP_ERROR_TITLE, startupErrorMessage(error, dataDir))
    closeBackend()
    app.exit(1)
  }
}
