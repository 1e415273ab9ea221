import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  foreignRequests,
  seriousA11yViolations,
  startApp,
  text,
  type AppSession,
} from '../helpers/e2e'
import { tempPostgresUrl, testEngine } from '../helpers/temp-backend'

// One browser session walks the whole first-run journey, step by step; the PostgreSQL project
// walks it again with the data in PostgreSQL.
describe(`first run in browser mode (real Chromium, ${testEngine})`, { timeout: 60_000 }, () => {
  let app: AppSession
  beforeAll(async () => {
    app = await startApp({
      databaseUrl: testEngine === 'postgres' ? await tempPostgresUrl(true) : undefined,
    })
  })
  afterAll(async () => {
    await app?.close()
  })

  const ready = (view: string) =>
    app.page.locator(`main[data-view="${view}"][data-state="ready"]`).waitFor()

  it('walks the setup wizard', async () => {
    const { page } = app
    await ready('setup')
    await page.getByLabel('Administration name').fill('Customs Service of Numeria')
    await page.getByLabel('Country').fill('Numeria')
    await app.screenshot('01-setup-wizard')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.locator('main[data-step="regional"]').waitFor()
    await page.getByLabel('Currency').fill('NMD')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.locator('main[data-step="classifications"]').waitFor()
    await expect
      .poll(() => page.getByLabel('Marking 1', { exact: true }).inputValue())
      .toBe('OFFICIAL')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.locator('main[data-step="signatories"]').waitFor()
    await page.getByRole('button', { name: 'Add signatory' }).click()
    const signatory = page.getByRole('group', { name: 'Signatory 1' })
    await signatory.getByLabel('Name').fill('Amara Diallo')
    await signatory.getByLabel('Title').fill('Commissioner General')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.locator('main[data-step="review"]').waitFor()
    await app.screenshot('02-setup-review')
    await page.getByRole('button', { name: 'Finish setup' }).click()
    await ready('dashboard')
    await expect
      .poll(() => text(page.getByTestId('administration-name')))
      .toBe('Customs Service of Numeria')
  })

  it('creates, edits and deletes an objective, and it survives a reload', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Plan', exact: true }).click()
    await ready('plan')
    await expect.poll(() => text(page.getByRole('heading', { level: 1 }))).toBe('Strategic plan')
    await expect
      .poll(() => text(page.getByRole('heading', { level: 2, name: 'Strategic objectives' })))
      .toBe('Strategic objectives')

    await page.getByRole('button', { name: 'New objective' }).click()
    const dialog = page.getByRole('dialog', { name: 'New objective' })
    await dialog.getByLabel('Code').fill('SO1')
    await dialog.getByLabel('Title').fill('Faster clearance of legitimate trade')
    await dialog.getByLabel('Owner').fill('Director, Procedures')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    const row = page.locator('tr', { hasText: 'SO1' })
    await expect.poll(() => text(row)).toContain('Faster clearance of legitimate trade')

    await page.getByRole('button', { name: 'Edit SO1' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit objective SO1' })
    await edit.getByLabel('Title').fill('Faster, predictable clearance')
    await edit.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => text(row)).toContain('Faster, predictable clearance')

    await page.getByRole('button', { name: 'New objective' }).click()
    const second = page.getByRole('dialog', { name: 'New objective' })
    await second.getByLabel('Code').fill('SO1')
    await second.getByLabel('Title').fill('Duplicate')
    await second.getByRole('button', { name: 'Save', exact: true }).click()
    await expect
      .poll(() => text(second))
      .toContain('This code is already used by another objective.')
    await second.getByLabel('Code').fill('SO2')
    await second.getByLabel('Title').fill('<b>Revenue</b> & integrity')
    await second.getByRole('button', { name: 'Save', exact: true }).click()
    await second.waitFor({ state: 'hidden' })
    // Markup is shown as typed, never rendered.
    await expect
      .poll(() => text(page.locator('tr', { hasText: 'SO2' })))
      .toContain('<b>Revenue</b> & integrity')
    await app.screenshot('03-objectives')

    await page.getByRole('button', { name: 'Delete SO1' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Delete objective?' })
    await expect.poll(() => text(confirm)).toContain('Faster, predictable clearance')
    await app.screenshot('04-delete-dialog')
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await expect.poll(() => page.locator('tr', { hasText: 'SO1' }).count()).toBe(0)

    await page.reload()
    await ready('plan')
    await expect.poll(() => page.locator('tr', { hasText: 'SO2' }).count()).toBe(1)
    await expect.poll(() => page.locator('tr', { hasText: 'SO1' }).count()).toBe(0)
  })

  it('shows the audit entries, newest first, and verifies the chain', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Audit log' }).click()
    await ready('audit')
    const rows = page.locator('tr[data-seq]')
    // pack install, settings, SO1 create, SO1 update, SO2 create, SO1 delete
    await expect.poll(() => rows.count()).toBe(6)
    await expect.poll(() => rows.first().getAttribute('data-seq')).toBe('6')
    await expect.poll(() => text(rows.first())).toContain(app.backend.ctx.actor)
    await page.getByRole('button', { name: 'Show changes for entry 6' }).click()
    await expect
      .poll(() => text(page.locator('tr[data-seq="6"]').locator('xpath=following-sibling::tr[1]')))
      .toContain('Faster, predictable clearance')
    await page.getByRole('button', { name: 'Verify the trail' }).click()
    await page.locator('.verify-result[data-outcome="intact"]').waitFor()
    await app.screenshot('05-audit-log')
  })

  it('switches the interface to French', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Settings' }).click()
    await ready('settings')
    await page.getByRole('radio', { name: 'Français' }).check()
    await expect.poll(() => text(page.getByRole('heading', { level: 1 }))).toBe('Paramètres')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr')
    await app.screenshot('06-settings-fr')
    await page.getByRole('radio', { name: 'English' }).check()
    await expect.poll(() => text(page.getByRole('heading', { level: 1 }))).toBe('Settings')
  })

  it('has no serious accessibility violations on any view', async () => {
    const { page } = app
    const views = [
      'dashboard',
      'assessments',
      'plan',
      'indicators',
      'risks',
      'integrity',
      'partners',
      'documents',
      'packs',
      'audit',
      'settings',
    ]
    const found: Record<string, unknown> = {}
    for (const view of views) {
      await page.evaluate((v) => (window.location.hash = `#/${v}`), view)
      await ready(view)
      const violations = await seriousA11yViolations(page)
      if (violations.length) found[view] = violations
    }
    expect(found).toEqual({})
  })

  it('refuses an API call without the token, and never leaves the machine', async () => {
    const r = await fetch(`http://127.0.0.1:${app.host.port}/api/objectives:list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(r.status).toBe(401)
    expect(app.requests.length).toBeGreaterThan(5)
    expect(foreignRequests(app.requests)).toEqual([])
  })
})
