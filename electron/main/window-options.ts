import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/** Inputs that differ between development and packaged builds. */
export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preloadPath: string
  /** Developer tools: on in development, off in packaged builds. */
  devTools: boolean
}

/**
 * The renderer's web preferences. Every switch that could hand web content more power than a
 * browser tab has is pinned explicitly, so a changed Electron default cannot loosen it.
 */
export function buildWebPreferences(input: WindowOptionsInput): WebPreferences {
  return {
    preload: input.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: input.devTools,
  }
}

/** The main window: hidden until its first paint is ready, so no blank frame flashes. */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Capstan',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    webPreferences: buildWebPreferences(input),
  }
}
