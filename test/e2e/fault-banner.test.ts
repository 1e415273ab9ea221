import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openBackend, DB_FILE_NAME, type Backend } from '../../electron/backend/backend'
import { RENDERER_DIR } from '../../electron/host/cli'
import { startHost, type RunningHost } from '../../electron/host/http-host'
import { CHROMIUM, SCREENSHOT_DIR, text } from '../helpers/e2e'
import { fillDisk, freeDisk, mountRefusal, tmpfs } from '../helpers/fault-mounts'
import { sampleSettings, tempDir } from '../helpers/temp-backend'

// What a planning officer sees when the data's disk fills up or the data opened read-only.

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']

let session: { backend: Backend; host: RunningHost; browser: Browser } | undefined
afterEach(async () => {
  await session?.browser.close()
  await session?.host.close()
  await session?.backend.close()
  session = undefined
})

async function open(dataDir: string, seed?: (b: Backend) => Promise<void>): Promise<Page> {
  const backend = await openBackend({ dataDir, mode: 'browser', installBuiltinPack: false })
  await seed?.(backend)
  const host = await startHost({ backend, rendererDir: RENDERER_DIR })
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
  session = { backend, host, browser }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  await page.goto(host.url)
  return page
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
  await page.screenshot({ path: `/tmp/${name}.png` })
}

const saveSettings = async (b: Backend) => {
  const r = await b.call('settings:save', sampleSettings)
  if (!r.ok) throw new Error(r.error.message)
}

describe('the fault banner (real Chromium)', { timeout: 90_000 }, () => {
  it.skipIf(mountRefusal)(
    `a write on a full disk shows the sentence until the write succeeds${mountRefusal ? ` (skipped: ${mountRefusal})` : ''}`,
    async () => {
      const disk = tmpfs(32 * 1024)
      const dataDir = path.join(disk, 'data')
      const page = await open(dataDir, saveSettings)
      await page.locator('main[data-view="dashboard"][data-state="ready"]').waitFor()
      await page.getByRole('link', { name: 'Documents', exact: true }).click()
      await page.locator('main[data-view="documents"][data-state="ready"]').waitFor()
      fillDisk(disk)
      await page.getByRole('button', { name: 'Export', exact: true }).click()
      const banner = page.getByRole('alert').filter({ hasText: 'The disk is full' })
      await expect
        .poll(() => text(banner))
        .toBe(
          `The disk is full The disk holding ${dataDir} is full: free some space and try again. Nothing was changed. Dismiss`,
        )
      await screenshot(page, 'fault-banner-disk-full')
      // Reading still works and does not hide the warning; only the failed write succeeding does.
      await page.getByRole('link', { name: 'Plan', exact: true }).click()
      await page.locator('main[data-view="plan"][data-state="ready"]').waitFor()
      expect(await banner.count()).toBe(1)
      freeDisk(disk)
      await page.getByRole('link', { name: 'Documents', exact: true }).click()
      await page.locator('main[data-view="documents"][data-state="ready"]').waitFor()
      await page.getByRole('button', { name: 'Export', exact: true }).click()
      await page.getByRole('region', { name: 'Document exported' }).waitFor()
      await expect.poll(() => banner.count()).toBe(0)
    },
  )

  it('a fault can be dismissed', async () => {
    const page = await open(tempDir(), saveSettings)
    await page.locator('main[data-view="dashboard"][data-state="ready"]').waitFor()
    // A real fault from the database: another process holds its write lock.
    session!.backend.storage.sqlite!.pragma('busy_timeout = 50')
    const other = new (await import('better-sqlite3')).default(
      path.join(session!.backend.dataDir, DB_FILE_NAME),
    )
    other.exec('BEGIN EXCLUSIVE')
    try {
      await page.getByRole('link', { name: 'Settings', exact: true }).click()
      await page.locator('main[data-view="settings"][data-state="ready"]').waitFor()
      await page.getByRole('button', { name: 'Save', exact: true }).first().click()
      const banner = page.getByRole('alert').filter({ hasText: 'The data is busy' })
      await expect.poll(() => text(banner)).toContain('is busy: another Capstan window')
      await banner.getByRole('button', { name: 'Dismiss' }).click()
      await expect.poll(() => banner.count()).toBe(0)
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
  })

  it('data opened read-only keeps a banner saying why, with the way to Data safety', async () => {
    const dataDir = tempDir()
    const first = await openBackend({ dataDir, mode: 'browser', installBuiltinPack: false })
    await saveSettings(first)
    for (let i = 1; i <= 60; i++)
      await first.call('objectives:create', {
        code: `SO${i}`,
        title: 'T',
        description: 'd'.repeat(3000),
      })
    await first.close()
    const file = path.join(dataDir, DB_FILE_NAME)
    const fd = fs.openSync(file, 'r+')
    fs.writeSync(fd, randomBytes(4096), 0, 4096, Math.floor(fs.statSync(file).size / 8192) * 4096)
    fs.closeSync(fd)
    const page = await open(dataDir)
    const banner = page.getByTestId('read-only-banner')
    await expect.poll(() => text(banner)).toContain('Your data is open read-only')
    expect(await text(banner)).toContain(`${file} is damaged`)
    expect(await banner.getAttribute('role')).toBe('alert')
    await screenshot(page, 'fault-banner-read-only')
    await banner.getByRole('link', { name: /Data safety/ }).click()
    await page.locator('main[data-view="settings"]').waitFor()
    await page.locator('#data-safety').waitFor()
    // Permanent: no way to dismiss it, and it stays on every view.
    expect(await banner.getByRole('button', { name: 'Dismiss' }).count()).toBe(0)
    expect(await banner.count()).toBe(1)
    // The damaged pages the views meet are not announced a second time.
    expect(await page.getByTestId('fault-banner').count()).toBe(0)
  })
  it('a call that fails where no form shows it reaches the notification area until dismissed', async () => {
    const page = await open(tempDir(), saveSettings)
    await page.locator('main[data-view="dashboard"][data-state="ready"]').waitFor()
    // The local service stops answering the register's list, as when the host has gone away.
    await page.route('**/api/risks:list', (route) => route.abort())
    await page.getByRole('link', { name: 'Risks', exact: true }).click()
    const area = page.getByRole('region', { name: 'Notifications' })
    const notice = area.getByRole('listitem')
    await expect.poll(() => notice.count()).toBe(1)
    expect(await text(notice)).toContain(
      'Capstan could not reach its local service. Nothing was changed.',
    )
    await screenshot(page, 'notification-area')
    await area.getByRole('button', { name: 'Dismiss this notice' }).click()
    await expect.poll(() => notice.count()).toBe(0)
    // Focus is not left on the page body: it goes back to the view.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('main')?.tagName))
      .toBe('MAIN')
  })
})
