// Click-to-rendered times of every view and tab in Chromium on the "ten times" data folder
// (2,000 activities, 1,000 risks, 500 indicators), against the 200 ms target (first load: 1 s).
// CAPSTAN_BENCH_DATA=DIR reuses (or keeps) the built folder, as scripts/bench-storage.ts does.
// Times are taken in Node around the click and the first frame after `data-state="ready"`, so
// they include a few milliseconds of Playwright's own round trips.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { VIEW_IDS } from '../renderer/src/app/views'
import { openBackend } from '../electron/backend/backend'
import { RENDERER_DIR } from '../electron/host/cli'
import { startHost } from '../electron/host/http-host'
import { buildTimesDemo } from './bench-storage-build'

const TARGET_MS = 200
const FIRST_LOAD_MS = 1000
const CHROMIUM = process.env.CAPSTAN_CHROMIUM ?? '/usr/bin/chromium'

// Always the production build users get: the one the e2e tests leave in dist/renderer is built
// under vitest (NODE_ENV=test), with React's development runtime, and renders 1.5–2× slower.
console.log('Building the renderer for production…')
const built = spawnSync('npm', ['run', 'build:renderer'], {
  encoding: 'utf8',
  env: { ...process.env, NODE_ENV: 'production' },
})
if (built.status !== 0 || !fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
  console.log(`Building the renderer failed:\n${built.stderr || built.stdout}`)
  process.exit(1)
}

const kept = process.env.CAPSTAN_BENCH_DATA
const dir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-bench-views-'))
const reuse = fs.existsSync(path.join(dir, 'capstan.sqlite'))
const backend = await openBackend({ dataDir: dir, mode: 'browser', actor: 'bench' })
if (!reuse) {
  console.log(`Building the ten-times data folder in ${dir} (a few minutes)…`)
  await buildTimesDemo(backend, 10, (done, units) => console.log(`  unit ${done} of ${units}`))
}
const host = await startHost({ backend, rendererDir: RENDERER_DIR })
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
})
const rows: { what: string; ms: number; target: number }[] = []

/** Resolves after the first frame painted once `selector` is present. */
async function rendered(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 60_000 })
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
}

async function timed(what: string, target: number, act: () => Promise<void>): Promise<void> {
  const start = performance.now()
  await act()
  rows.push({ what, ms: Math.round(performance.now() - start), target })
}

try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'en-GB' })
  await timed('first load', FIRST_LOAD_MS, async () => {
    await page.goto(host.url)
    await rendered(page, 'main[data-state="ready"]')
  })
  for (const view of VIEW_IDS) {
    await timed(view, TARGET_MS, async () => {
      await page.click(`nav a[href="#/${view}"]`)
      await rendered(page, `main[data-view="${view}"][data-state="ready"]`)
    })
    const tabs = await page.locator('main [role="tab"][aria-selected="false"]').all()
    for (const tab of tabs) {
      const name = (await tab.textContent())?.trim() ?? '?'
      await timed(`${view} › ${name}`, TARGET_MS, async () => {
        await tab.click()
        await rendered(page, 'main [role="tabpanel"]')
      })
    }
  }
} finally {
  await browser.close()
  await host.close()
  await backend.close()
  if (!kept) fs.rmSync(dir, { recursive: true, force: true })
}

console.log(
  `\nViews at ten times, click to rendered (target ${TARGET_MS} ms; first load ${FIRST_LOAD_MS} ms)`,
)
const width = Math.max(...rows.map((r) => r.what.length))
for (const r of rows) {
  const verdict = r.ms <= r.target ? 'ok' : `over by ${r.ms - r.target} ms`
  console.log(`  ${r.what.padEnd(width)}  ${String(r.ms).padStart(5)} ms  ${verdict}`)
}
const over = rows.filter((r) => r.ms > r.target).length
console.log(`\n${rows.length - over} of ${rows.length} within target.`)
