import { describe, expect, it, vi } from 'vitest'

// Nothing here may load the real Electron (it would try to download its binary).
vi.mock('electron', () => ({}))

import { CONTENT_SECURITY_POLICY } from '../../shared/security'
import { menuTemplate } from '../../electron/main/menu'
import { buildWebPreferences, buildWindowOptions } from '../../electron/main/window-options'

describe('main window options', () => {
  it('pins every web preference that guards the renderer, and nothing else', () => {
    expect(
      buildWebPreferences({ preloadPath: '/app/out/preload/index.cjs', devTools: false }),
    ).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    })
  })

  it('allows developer tools only when asked (development builds)', () => {
    expect(buildWebPreferences({ preloadPath: 'p', devTools: true }).devTools).toBe(true)
    expect(buildWebPreferences({ preloadPath: 'p', devTools: false }).devTools).toBe(false)
  })

  it('opens a hidden 1280×800 window titled Capstan that cannot shrink below 1024×700', () => {
    const options = buildWindowOptions({ preloadPath: '/p.cjs', devTools: false })
    expect(options).toStrictEqual({
      title: 'Capstan',
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      show: false,
      webPreferences: buildWebPreferences({ preloadPath: '/p.cjs', devTools: false }),
    })
  })
})

describe('content security policy', () => {
  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'; object-src 'none'",
    )
  })

  it('allows no inline code, no eval and no remote host', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values] as const
      }),
    )
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe/,
    )
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/)
  })
})

describe('application menu', () => {
  const roles = (template: ReturnType<typeof menuTemplate>): string[] =>
    template.flatMap((item) => [
      ...(item.role ? [item.role] : []),
      ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
    ])

  it('offers no developer tools or reload in packaged builds', () => {
    for (const isMac of [true, false]) {
      const r = roles(menuTemplate({ isMac, devTools: false }))
      expect(r).not.toContain('toggleDevTools')
      expect(r).not.toContain('reload')
      expect(r).not.toContain('forceReload')
      expect(r).toContain('quit')
      expect(r).toContain('copy')
      expect(r).toContain('paste')
    }
  })

  it('adds developer tools in development builds', () => {
    expect(roles(menuTemplate({ isMac: false, devTools: true }))).toContain('toggleDevTools')
  })

  it('has no item that runs custom code (roles only)', () => {
    const walk = (items: ReturnType<typeof menuTemplate>): boolean =>
      items.every((i) => !i.click && (!Array.isArray(i.submenu) || walk(i.submenu)))
    expect(walk(menuTemplate({ isMac: true, devTools: true }))).toBe(true)
  })
})
