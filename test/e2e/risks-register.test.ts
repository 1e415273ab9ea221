import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { DEMO_ADMINISTRATION } from '../../electron/backend/demo/demo-seed'
import { inTransaction } from '../../electron/backend/db/transaction'
import { seedRisksDemo } from '../../electron/backend/risks/risks-demo'
import { sampleSettings } from '../helpers/temp-backend'
import {
  foreignRequests,
  SCREENSHOT_DIR,
  seriousA11yViolations,
  startApp,
  text,
  type AppSession,
} from '../helpers/e2e'

/** Picks an option of a react-aria Select by the select's label and the option's name. */
async function choose(page: Page, scope: Locator, label: RegExp, option: string | RegExp) {
  await scope.getByRole('button', { name: label }).click()
  await page.getByRole('option', { name: option }).first().click()
}

// The demo administration's objectives and its risk register (the rest of the demo is other
// views' business, so their changes cannot disturb these counts).
async function seedRegister(b: Backend): Promise<void> {
  const must = async (channel: string, input: unknown) => {
    const r = await b.call(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  }
  await must('settings:save', {
    ...sampleSettings,
    administrationName: DEMO_ADMINISTRATION,
    classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED', 'CONFIDENTIAL'],
  })
  for (const [code, title] of [
    ['SO1', 'Faster, more predictable clearance of legitimate trade'],
    ['SO2', 'Fair and efficient revenue collection'],
    ['SO3', 'Protection of society and the border'],
    ['SO4', 'A professional, well-governed organisation with integrity'],
    ['SO5', 'Modern, reliable information systems'],
  ])
    await must('objectives:create', { code, title })
  await inTransaction(b.ctx, (tx) => seedRisksDemo(tx))
}

/** A dialog taller than the window: grow the window to hold it, shoot the window, restore 1280×800. */
async function shootDialog(app: AppSession, dialog: Locator, name: string) {
  const box = await dialog.boundingBox()
  await app.page.setViewportSize({
    width: 1280,
    height: Math.ceil((box?.height ?? 700) * 1.1 + 120),
  })
  await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
  await app.page.setViewportSize({ width: 1280, height: 800 })
}

const cell = (page: Page, likelihood: string, impact: string) =>
  page.getByRole('button', { name: new RegExp(`^Likelihood ${likelihood}, impact ${impact}:`) })

// One session on the demo administration: add a risk from the catalogue, re-rate it, read its
// history and use the heat map to filter the register.
describe('risk register with heat map (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  beforeAll(async () => {
    app = await startApp({ seed: seedRegister })
  })
  afterAll(async () => {
    await app?.close()
  })

  const ready = () => app.page.locator('main[data-view="risks"][data-state="ready"]').waitFor()
  const shownCount = () => text(app.page.getByRole('status').filter({ hasText: 'risks shown' }))

  it('shows the demo register with its heat map, and passes axe', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Risks', exact: true }).click()
    await ready()
    await expect.poll(() => text(page.getByRole('heading', { level: 1 }))).toBe('Risk register')
    await expect.poll(shownCount).toBe('39 of 40 risks shown')
    await expect
      .poll(() => page.locator('tr', { hasText: 'Acceptance expired — review' }).count())
      .toBe(1)
    await expect.poll(() => text(page.locator('.band-legend'))).toContain('Critical')
    expect(await seriousA11yViolations(page)).toEqual([])
    await app.screenshot('risks-01-register-heat-map')
  })

  it('adds a risk from the catalogue and sees its heat-map cell count', async () => {
    const { page } = app
    await expect.poll(() => cell(page, '1 Rare \\(<10%\\)', '1 Minimal').count()).toBe(0)
    await page.getByRole('button', { name: 'New risk' }).click()
    const dialog = page.getByRole('dialog', { name: 'New risk' })
    await choose(page, dialog, /Start from the catalogue/, /^EXT\.03 — /)
    await expect
      .poll(() => dialog.getByLabel('Title', { exact: true }).inputValue())
      .toBe('Poor coordination among development partners')
    await dialog.getByLabel('Owner', { exact: true }).fill('Head of Programme Office')
    await choose(page, dialog, /Inherent likelihood/, '4 — Likely (50–70%)')
    await choose(page, dialog, /Inherent impact/, '3 — Moderate')
    await choose(page, dialog, /Residual likelihood/, '1 — Rare (<10%)')
    await choose(page, dialog, /Residual impact/, '1 — Minimal')
    await expect.poll(() => text(dialog.locator('.score-line').last())).toBe('Score 1 Low')
    await dialog.getByRole('button', { name: 'Add action' }).click()
    await dialog
      .getByLabel('Action', { exact: true })
      .fill('Hold a joint donor coordination meeting')
    await dialog.getByLabel('Due date').fill('2027-01-31')
    expect(await seriousA11yViolations(page)).toEqual([])
    await shootDialog(app, dialog, 'risks-02-risk-form')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => text(page.getByRole('status').first())).toBe('Risk R-041 added.')
    await expect.poll(shownCount).toBe('40 of 41 risks shown')
    await expect
      .poll(() => cell(page, '1 Rare \\(<10%\\)', '1 Minimal').getAttribute('aria-label'))
      .toBe('Likelihood 1 Rare (<10%), impact 1 Minimal: 1 risk (Low)')
  })

  it('re-rates the risk with a reason: the cell moves and the history grows', async () => {
    const { page } = app
    const before = await cell(page, '2 Unlikely \\(10–30%\\)', '2 Minor').innerText()
    await page.getByRole('button', { name: 'Edit R-041' }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit risk R-041' })
    await choose(page, dialog, /Residual likelihood/, '2 — Unlikely (10–30%)')
    await choose(page, dialog, /Residual impact/, '2 — Minor')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await expect
      .poll(() => text(dialog.getByRole('alert')))
      .toContain('Give the reason for re-rating: a likelihood or impact changed.')
    await dialog
      .getByLabel('Reason for re-rating')
      .fill('Two partners withdrew from the joint work plan.')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect
      .poll(() => text(page.getByRole('status').first()))
      .toBe('Risk R-041 re-rated. Its history now holds 2 ratings.')
    await expect.poll(() => cell(page, '1 Rare \\(<10%\\)', '1 Minimal').count()).toBe(0)
    await expect
      .poll(() => cell(page, '2 Unlikely \\(10–30%\\)', '2 Minor').innerText())
      .toBe(String(Number(before) + 1))
    const row = page.locator('tr[data-risk-id]', { hasText: 'R-041' })
    await expect.poll(() => text(row)).toContain('Trend: rising')

    await page.getByRole('button', { name: 'History of R-041' }).click()
    const history = page.getByRole('dialog', { name: /History of risk R-041/ })
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2)
    await expect
      .poll(() => text(history.locator('tbody tr').first()))
      .toContain('Two partners withdrew from the joint work plan.')
    await expect.poll(() => history.locator('.recharts-line').count()).toBe(2)
    expect(await seriousA11yViolations(page)).toEqual([])
    await shootDialog(app, history, 'risks-03-history')
    await history.getByRole('button', { name: 'Done' }).click()
    await history.waitFor({ state: 'hidden' })

    // A demo risk with four ratings over two years shows its steps.
    await page.getByRole('button', { name: 'History of R-007' }).click()
    const demo = page.getByRole('dialog', { name: /History of risk R-007/ })
    await expect.poll(() => demo.locator('tbody tr').count()).toBe(4)
    await shootDialog(app, demo, 'risks-04-history-demo')
    await demo.getByRole('button', { name: 'Done' }).click()
    await demo.waitFor({ state: 'hidden' })
  })

  it('filters the register by a heat-map cell, by keyboard too, and clears the filters', async () => {
    const { page } = app
    const target = cell(page, '2 Unlikely \\(10–30%\\)', '2 Minor')
    const expected = Number(await target.innerText())
    await target.click()
    await expect.poll(() => target.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(shownCount).toBe(`${expected} of 41 risks shown`)
    await expect.poll(() => page.locator('tr[data-risk-id]').count()).toBe(expected)
    await expect.poll(() => text(page.locator('.cell-filter'))).toContain('likelihood 2, impact 2')

    // Another filter combines with the cell.
    await choose(page, page.locator('.filters-panel'), /Owner/, 'Head of Programme Office')
    await expect.poll(shownCount).toMatch(/^[1-9]\d* of 41 risks shown$/)
    await expect.poll(() => page.locator('tr[data-risk-id]', { hasText: 'R-041' }).count()).toBe(1)

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect.poll(shownCount).toBe('40 of 41 risks shown')

    // Keyboard: Enter on the cell filters, Space on it again shows everything.
    await target.focus()
    await page.keyboard.press('Enter')
    await expect.poll(shownCount).toBe(`${expected} of 41 risks shown`)
    await page.keyboard.press('Space')
    await expect.poll(shownCount).toBe('40 of 41 risks shown')

    // The inherent map counts the same risks by their inherent rating (arrow keys switch).
    await page.getByRole('radio', { name: 'Residual' }).focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => page.getByRole('radio', { name: 'Inherent' }).isChecked()).toBe(true)
    await expect
      .poll(() => cell(page, '4 Likely \\(50–70%\\)', '3 Moderate').getAttribute('aria-label'))
      .toMatch(/: \d+ risks? \(High\)$/)
    await page.getByRole('checkbox', { name: 'Overdue review' }).check()
    await expect.poll(() => page.locator('tr[data-risk-id]').count()).toBeGreaterThan(3)
    expect(await page.locator('tr[data-risk-id]', { hasText: 'R-041' }).count()).toBe(0)
    expect(foreignRequests(app.requests)).toEqual([])
  })
})
