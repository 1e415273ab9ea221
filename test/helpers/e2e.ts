import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { openBackend, type Backend } from '../../electron/backend/backend'
import { RENDERER_DIR } from '../../electron/host/cli'
import { startHost, type RunningHost } from '../../electron/host/http-host'

/** Debian's Chromium; Playwright never downloads a browser here. */
export const CHROMIUM = process.env.CAPSTAN_CHROMIUM ?? '/usr/bin/chromium'

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

/** Where e2e screenshots go (look at them). */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots')

/** A running app in browser mode with its own data folder, and a Chromium page on it. */
export interface AppSession {
  backend: Backend
  host: RunningHost
  browser: Browser
  page: Page
  dataDir: string
  /** Every URL the page requested. */
  requests: string[]
  close(): Promise<void>
  screenshot(name: string): Promise<string>
}

/** Starts browser mode on a free port with a fresh (optionally demo) data folder, opens Chromium. */
export async function startApp(
  opts: {
    seed?: (b: Backend) => Promise<unknown>
    builtinPack?: boolean
    lang?: string
    databaseUrl?: string
  } = {},
): Promise<AppSession> {
  // Its own folder, removed on close: a session started in beforeAll outlives each test, so the
  // per-test temp folders (removed after every test) would vanish under its running backend.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-e2e-'))
  const backend = await openBackend({
    dataDir,
    databaseUrl: opts.databaseUrl,
    mode: 'browser',
    installBuiltinPack: opts.builtinPack ?? true,
  })
  await opts.seed?.(backend)
  const host = await startHost({ backend, rendererDir: RENDERER_DIR })
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: opts.lang ?? 'en-GB',
  })
  // Generous: two cores may be busy with LibreOffice or another browser; waits end as soon as the state is reached.
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(host.url)
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return {
    backend,
    host,
    browser,
    page,
    dataDir,
    requests,
    async screenshot(name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path: file, fullPage: true })
      return file
    },
    async close() {
      await browser.close()
      await host.close()
      await backend.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

let axeCache: string | undefined
const axeSource = () =>
  (axeCache ??= fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'))

/** Runs axe-core in the page and returns serious and critical violations. */
export async function seriousA11yViolations(
  page: Page,
): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  // Evaluated through the DevTools protocol, so the page's strict CSP stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource())
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string
              impact: string
              help: string
              nodes: { target: string[] }[]
            }[]
          }>
        }
      }
    ).axe
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }))
  })
}

/** Hosts other than this machine's loopback that the page tried to reach. */
export function foreignRequests(requests: string[]): string[] {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:') || u.startsWith('about:')) return false
    try {
      return new URL(u).hostname !== '127.0.0.1'
    } catch {
      return true
    }
  })
}

/** Visible text of the first match, whitespace collapsed (for expect.poll). */
export async function text(locator: Locator): Promise<string> {
  return ((await locator.first().innerText()) ?? '').replace(/\s+/g, ' ').trim()
}
