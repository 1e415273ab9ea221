import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Locator, type Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/backend/backend'
import { RENDERER_DIR } from '../../electron/host/cli'
import { startHost } from '../../electron/host/http-host'
import { CHROMIUM, seriousA11yViolations, startApp, text, type AppSession } from '../helpers/e2e'
import { sampleSettings, tempDir, tempPostgresUrl } from '../helpers/temp-backend'

async function must(b: Backend, channel: string, input: unknown): Promise<unknown> {
  const r = await b.call(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  return r.value
}

const objectiveCodes = async (b: Backend): Promise<string[]> =>
  ((await must(b, 'objectives:list', undefined)) as { code: string }[]).map((o) => o.code)

const seed = async (b: Backend) => {
  await must(b, 'settings:save', sampleSettings)
  await must(b, 'objectives:create', { code: 'SO1', title: 'Faster clearance' })
}

const sectionOf = (page: Page) => page.locator('section#data-safety')
const rowsOf = (page: Page) => sectionOf(page).locator('tbody tr')
const restoreNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Restored' })

async function openDataSafety(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  const section = sectionOf(page)
  await section.getByRole('heading', { name: 'Data safety', level: 2 }).waitFor()
  return section
}

/**
 * Back up now → the checked backup tops the list; a change; Restore → the dialog names the one
 * change lost → confirm → the page reloads with the notice, and the change is gone.
 */
async function backUpChangeAndRestore(
  app: AppSession,
  opts: { auditSeq: number; shots?: boolean },
) {
  const { page, backend } = app
  const section = sectionOf(page)
  const rows = () => rowsOf(page)
  // Back up now: the checked backup appears at the top of the list.
  await section.getByRole('button', { name: 'Back up now' }).click()
  await expect.poll(() => rows().count()).toBe(1)
  const row = rows().first()
  await expect.poll(() => text(row.locator('.badge'))).toBe('Checked')
  await expect.poll(() => text(row)).toMatch(/On demand/)
  await expect.poll(() => text(row)).toMatch(/\d\.\d MB/)
  await expect.poll(() => text(row)).toMatch(new RegExp(`#${opts.auditSeq} · [0-9a-f]{12}\\b`))
  await expect.poll(() => text(row)).toContain('This computer')
  await expect
    .poll(() => text(section.getByRole('status').filter({ hasText: 'Backup of' })))
    .toMatch(/^Backup of .+ taken and checked\.$/)
  expect(await seriousA11yViolations(page)).toEqual([])
  if (opts.shots) await section.screenshot({ path: '/tmp/data-safety-section.png' })

  // A change after the backup, then Restore: the dialog says what will be lost.
  await must(backend, 'objectives:create', { code: 'SO2', title: 'Fair revenue collection' })
  expect(await objectiveCodes(backend)).toEqual(['SO1', 'SO2'])
  const restoreButton = () =>
    rows()
      .first()
      .getByRole('button', { name: /^Restore the backup of / })
  await restoreButton().click()
  const dialog = page.getByRole('alertdialog', { name: /^Restore the backup of .+\?$/ })
  await expect
    .poll(() => text(dialog.getByTestId('restore-loss')))
    .toMatch(
      /^The 1 change recorded since .+ will be lost; the data as it is now is kept as a safety copy\.$/,
    )
  expect(await seriousA11yViolations(page)).toEqual([])
  if (opts.shots) await page.screenshot({ path: '/tmp/data-safety-dialog.png' })

  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await dialog.waitFor({ state: 'hidden' })
  expect(await objectiveCodes(backend)).toEqual(['SO1', 'SO2'])

  await restoreButton().click()
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click()
  // The page reloads with the restored data and says what happened.
  await expect
    .poll(() => text(restoreNotice(page)))
    .toMatch(
      new RegExp(
        `^Restored the backup of .+\\. The data as it was before is kept as a safety copy: ${app.dataDir}/backups/capstan-.+-before-restore\\.sqlite$`,
      ),
    )
  expect(await objectiveCodes(backend)).toEqual(['SO1'])
}

// The temp folder of startApp is removed after each test, so each journey is one test.
describe('Settings → Data safety (real Chromium)', { timeout: 120_000 }, () => {
  it('saves the schedule, backs up now, and restores the backup after naming the change lost', async () => {
    const app = await startApp({ builtinPack: false, seed })
    try {
      const section = await openDataSafety(app.page)
      const rows = () => rowsOf(app.page)
      await expect
        .poll(() => text(section.locator('.summary-list')))
        .toContain(`Backups are kept in ${app.dataDir}/backups`)
      await expect
        .poll(() => text(section.locator('.empty')))
        .toBe('No backup yet. Choose “Back up now” to take the first one.')

      // The schedule: each problem is said at its field (and in the summary above the form).
      await section.getByLabel('Second backup folder').fill('usb/capstan')
      await section.getByLabel('Daily backups kept').fill('400')
      await section.getByRole('button', { name: 'Save schedule' }).click()
      const fieldError = (label: string) =>
        text(section.locator('.field', { hasText: label }).locator('.field-error'))
      await expect
        .poll(() => fieldError('Daily backups kept'))
        .toBe('Daily backups kept must be 366 or less.')
      await expect
        .poll(() => fieldError('Second backup folder'))
        .toBe(
          'Second backup folder must be a full folder path (for example E:\\Capstan backups or /media/usb/capstan), or empty.',
        )
      await section.getByLabel('Daily backups kept').fill('10')
      await section.getByLabel('Second backup folder').fill('')
      await section.getByRole('button', { name: 'Save schedule' }).click()
      await expect
        .poll(() => text(section.getByRole('status').filter({ hasText: 'schedule' })))
        .toBe('Backup schedule saved.')

      // Three audit entries: the profile, SO1 and the schedule.
      await backUpChangeAndRestore(app, { auditSeq: 3, shots: true })
      // The safety copy is listed too, newest first; the schedule (kept beside the data) stays.
      await expect.poll(() => rows().count()).toBe(2)
      await expect.poll(() => text(rows().first())).toContain('Before a restore')
      await expect.poll(() => section.getByLabel('Daily backups kept').inputValue()).toBe('10')
      await section.screenshot({ path: '/tmp/data-safety-restored.png' })
    } finally {
      await app.close()
    }
  })

  it.skipIf(process.env.CAPSTAN_TEST_POSTGRES === '0')(
    'on PostgreSQL: says what the backups are, backs up now and restores',
    async () => {
      const app = await startApp({
        builtinPack: false,
        seed,
        databaseUrl: await tempPostgresUrl(false),
      })
      try {
        const section = await openDataSafety(app.page)
        await expect
          .poll(() => text(section))
          .toContain(
            'Your data is in a PostgreSQL database. These backups are portable copies of your administration; backing up the database server itself remains the job of your IT department.',
          )
        await backUpChangeAndRestore(app, { auditSeq: 2 })
      } finally {
        await app.close()
      }
    },
  )

  it('opens damaged data read-only, points at the newest good backup, and restores it', async () => {
    // A data folder with one good backup, then 4 KB of random bytes written into the file's middle.
    const dataDir = tempDir('capstan-e2e-damaged-')
    const first = await openBackend({ dataDir, mode: 'browser', installBuiltinPack: false })
    await seed(first)
    await must(first, 'backup:create', undefined)
    await first.close()
    const file = path.join(dataDir, 'capstan.sqlite')
    const middle = Math.floor(fs.statSync(file).size / 2 / 4096) * 4096
    const fd = fs.openSync(file, 'r+')
    fs.writeSync(fd, randomBytes(4096), 0, 4096, middle)
    fs.closeSync(fd)

    const backend = await openBackend({ dataDir, mode: 'browser', installBuiltinPack: false })
    expect(backend.health.state).toBe('read_only')
    const host = await startHost({ backend, rendererDir: RENDERER_DIR })
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    })
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      context.setDefaultTimeout(30_000)
      const page = await context.newPage()
      await page.goto(host.url)
      const section = await openDataSafety(page)
      const problem = section.locator('.data-safety-problem')
      await expect.poll(() => text(problem)).toContain('Your data is open read-only')
      await expect.poll(() => text(problem)).toContain(`${file} is damaged`)
      await expect
        .poll(() => text(problem))
        .toMatch(/Restore the newest good backup, taken on .+ \(highlighted below\), to continue/)
      await expect
        .poll(() => section.getByRole('button', { name: 'Back up now' }).isDisabled())
        .toBe(true)
      const row = rowsOf(page).first()
      await expect.poll(() => text(row)).toContain('Newest good backup')
      const restore = row.getByRole('button', { name: /^Restore the backup of / })
      await expect.poll(() => restore.getAttribute('class')).toContain('button-primary')
      expect(await seriousA11yViolations(page)).toEqual([])
      // The whole page: the fault banner above stays in view (sticky) and would cover a shot of the section alone.
      await page.screenshot({ path: '/tmp/data-safety-read-only.png', fullPage: true })

      await restore.click()
      const dialog = page.getByRole('alertdialog', { name: /^Restore the backup of .+\?$/ })
      await expect
        .poll(() => text(dialog.getByTestId('restore-loss')))
        .toMatch(/^No change recorded after .+ could be found in the damaged data;/)
      await dialog.getByRole('button', { name: 'Restore', exact: true }).click()
      await expect
        .poll(() => text(restoreNotice(page)))
        .toMatch(/kept as a safety copy: .+\/backups\/damaged-.+\.sqlite$/)
      await expect.poll(() => section.locator('.data-safety-problem').count()).toBe(0)
      expect(backend.health.state).toBe('ok')
      expect(await objectiveCodes(backend)).toEqual(['SO1'])
    } finally {
      await browser.close()
      await host.close()
      await backend.close()
    }
  })
})
