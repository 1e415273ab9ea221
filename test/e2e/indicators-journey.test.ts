import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import {
  foreignRequests,
  SCREENSHOT_DIR,
  seriousA11yViolations,
  startApp,
  text,
  type AppSession,
} from '../helpers/e2e'
import { sampleSettings } from '../helpers/temp-backend'

async function seedPlan(b: Backend): Promise<void> {
  const must = async (channel: string, input: unknown) => {
    const r = await b.call(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  }
  await must('settings:save', sampleSettings)
  await must('objectives:create', { code: 'SO1', title: 'Faster clearance of legitimate trade' })
  await must('objectives:create', { code: 'SO2', title: 'Fair and efficient revenue collection' })
}

/** Picks an option of a react-aria Select by the select's label and the option's name. */
async function choose(
  page: Page,
  scope: ReturnType<Page['getByRole']>,
  label: RegExp,
  option: string,
) {
  await scope.getByRole('button', { name: label }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

// One session walks the planning officer's journey: add an indicator, record values, explain red.
describe(
  'indicators: from the library to the off-track list (real Chromium)',
  { timeout: 90_000 },
  () => {
    let app: AppSession
    const consoleErrors: string[] = []
    beforeAll(async () => {
      app = await startApp({ seed: seedPlan })
      // The chart and the virtual list must live with the strict CSP (no inline styles, no eval).
      app.page.on('console', (m) => {
        // A refused save answers 422 by design; anything else logged as an error is a defect.
        if (m.type() === 'error' && !m.text().includes('status of 422'))
          consoleErrors.push(m.text())
      })
    })
    afterAll(async () => {
      await app?.close()
    })

    const ready = () =>
      app.page.locator('main[data-view="indicators"][data-state="ready"]').waitFor()

    it('adds an indicator from the pack library to objective SO1', async () => {
      const { page } = app
      await page.getByRole('link', { name: 'Indicators', exact: true }).click()
      await ready()
      await expect.poll(() => text(page.locator('main .empty'))).toContain('No indicators yet')

      await page.getByRole('button', { name: 'New indicator' }).click()
      const dialog = page.getByRole('dialog', { name: 'New indicator' })
      await choose(
        page,
        dialog,
        /Library indicator/,
        'CAP.TRS.RELEASE – Average release time (TRS)',
      )
      // The library fills in what it knows.
      await expect
        .poll(() => dialog.getByLabel('Name', { exact: true }).inputValue())
        .toBe('Average release time (TRS)')
      await expect.poll(() => dialog.getByLabel('Unit', { exact: true }).inputValue()).toBe('hours')
      await expect
        .poll(() => text(dialog.getByRole('button', { name: /Direction/ })))
        .toContain('Lower is better')
      await choose(
        page,
        dialog,
        /Attached to/,
        'Objective 1 (SO1): Faster clearance of legitimate trade',
      )
      await dialog.getByLabel('Code', { exact: true }).fill('SO1-01')
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, 'indicators-00-new-from-library.png'),
      })
      await dialog.getByLabel(/^Baseline value/).fill('96')
      await dialog.getByLabel('Baseline date').fill('2024-06-30')
      await dialog.getByLabel(/^Target value/).fill('48')
      // A target before the baseline is refused with a message on the field.
      await dialog.getByLabel('Target date').fill('2024-01-01')
      await dialog.getByRole('button', { name: 'Save', exact: true }).click()
      await expect
        .poll(() => text(dialog.locator('.error-summary')))
        .toContain('The target date must be after the baseline date.')
      await dialog.getByLabel('Target date').fill('2029-06-30')
      await dialog.getByRole('button', { name: 'Add milestone' }).click()
      await dialog.getByLabel('Date of milestone 1').fill('2026-06-30')
      await dialog.getByLabel(/^Value of milestone 1/).fill('72')
      await dialog.getByRole('button', { name: 'Save', exact: true }).click()
      await dialog.waitFor({ state: 'hidden' })

      await expect
        .poll(() => text(page.locator('.detail-title')))
        .toBe('SO1-01 Average release time (TRS)')
      await expect
        .poll(() => text(page.getByRole('status').first()))
        .toContain('Indicator SO1-01 created.')
      const facts = page.locator('.indicator-facts')
      await expect.poll(() => text(facts)).toContain('CAP.TRS.RELEASE')
      await expect.poll(() => text(facts)).toContain('Objective 1 (SO1)')
    })

    it('records values and shows their status before saving', async () => {
      const { page } = app
      await page.getByRole('button', { name: 'Record a value' }).click()
      const dialog = page.getByRole('dialog', { name: 'Record a value for SO1-01' })
      await choose(page, dialog, /Period/, 'Q2 2026')
      await dialog.getByLabel(/^Value/).fill('73')
      const preview = dialog.locator('.status-preview')
      await expect.poll(() => text(preview)).toContain('Planned for Q2 2026: 72 hours.')
      await expect.poll(() => text(preview)).toContain('Amber – at risk')
      await dialog.getByRole('button', { name: 'Save', exact: true }).click()
      await dialog.waitFor({ state: 'hidden' })
      const row = page.locator('tr[data-period="2026-Q2"]')
      await expect.poll(() => text(row)).toContain('73 hours')
      await expect.poll(() => row.getAttribute('data-rag')).toBe('amber')
    })

    it('demands an explanation for a red value before it saves', async () => {
      const { page } = app
      await page.getByRole('button', { name: 'Record a value' }).click()
      const dialog = page.getByRole('dialog', { name: 'Record a value for SO1-01' })
      // The newest free period that is over comes first.
      await expect
        .poll(() => text(dialog.getByRole('button', { name: /Period/ })))
        .toContain('Q3 2026')
      await dialog.getByLabel(/^Value/).fill('85')
      const preview = dialog.locator('.status-preview')
      await expect.poll(() => text(preview)).toContain('Red – off track')
      await expect
        .poll(() => text(preview))
        .toContain('A red value cannot be saved without an explanation.')
      await dialog.getByRole('button', { name: 'Save', exact: true }).click()
      const summary = dialog.locator('.error-summary')
      await expect
        .poll(() => text(summary))
        .toContain(
          'Explanation is required: 85 hours for Q3 2026 is red, well off the 69.99 hours planned.',
        )
      await expect
        .poll(() => dialog.getByLabel(/^Explanation/).getAttribute('aria-invalid'))
        .toBe('true')
      // The dialog is fixed to the window: photograph the window, not the whole page.
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, 'indicators-03-red-needs-explanation.png'),
      })
      // Nothing was saved while the explanation was missing.
      const unsaved = await app.backend.ctx.db
        .selectFrom('indicator_actuals')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('period', '=', '2026-Q3')
        .executeTakeFirstOrThrow()
      expect({ n: Number(unsaved.n) }).toEqual({ n: 0 })
      expect(await seriousA11yViolations(page)).toEqual([])

      await dialog
        .getByLabel(/^Explanation/)
        .fill('Scanner at the northern border post out of service for nine days.')
      await dialog.getByRole('button', { name: 'Save', exact: true }).click()
      await dialog.waitFor({ state: 'hidden' })
      const row = page.locator('tr[data-period="2026-Q3"]')
      await expect.poll(() => row.getAttribute('data-rag')).toBe('red')
      await expect.poll(() => text(row)).toContain('Scanner at the northern border post')
      await expect.poll(() => text(page.locator('.detail-status'))).toContain('Red – off track')
    })

    it('shows the trend chart with its data table, and corrects a value', async () => {
      const { page } = app
      const figure = page.locator('.trend-figure')
      await expect.poll(() => figure.locator('.recharts-line').count()).toBe(2)
      // Actuals are drawn with their status's shape: one red square, one amber triangle.
      await expect.poll(() => figure.locator('.recharts-line-dots rect').count()).toBe(1)
      await figure.getByText('Show the chart’s figures as a table').click()
      const table = figure.locator('.chart-table table')
      await expect.poll(() => text(table)).toContain('Value for Q3 2026')
      await expect.poll(() => text(table)).toContain('Target')
      await app.screenshot('indicators-02-detail-chart')
      expect(await seriousA11yViolations(page)).toEqual([])

      await page.getByRole('button', { name: 'Edit the value for Q2 2026' }).click()
      const dialog = page.getByRole('dialog', { name: 'Correct the value of SO1-01 for Q2 2026' })
      // English reads a point as the decimal mark (a comma groups thousands).
      await dialog.getByLabel(/^Value/).fill('71.5')
      await expect.poll(() => text(dialog.locator('.status-preview'))).toContain('Green – on track')
      await dialog.getByRole('button', { name: 'Save', exact: true }).click()
      await dialog.waitFor({ state: 'hidden' })
      await expect
        .poll(() => page.locator('tr[data-period="2026-Q2"]').getAttribute('data-rag'))
        .toBe('green')
      const actions = (
        await app.backend.ctx.db
          .selectFrom('audit_log')
          .select('action')
          .where('entity_type', '=', 'indicator_actual')
          .orderBy('seq')
          .execute()
      ).map((r) => r.action)
      expect(actions).toEqual(['create', 'create', 'update'])
    })

    it('lists the red indicator as off track, with its explanation', async () => {
      const { page } = app
      await page.getByRole('link', { name: 'Off track (1)' }).click()
      await ready()
      const row = page.locator('tr[data-indicator-id]')
      await expect.poll(() => row.count()).toBe(1)
      await expect.poll(() => text(row)).toContain('Red – off track')
      await expect.poll(() => text(row)).toContain('Scanner at the northern border post')
      expect(await seriousA11yViolations(page)).toEqual([])
      await page.getByRole('link', { name: 'All indicators (1)' }).click()
      await expect.poll(() => text(page.locator('tr[data-indicator-id]'))).toContain('↑')
      expect(await seriousA11yViolations(page)).toEqual([])
    })

    it('edits the plan, which judges the values again, then deletes a value and the indicator', async () => {
      const { page } = app
      await page.getByRole('link', { name: 'Average release time (TRS)' }).click()
      await page.getByRole('button', { name: 'Edit indicator' }).click()
      const edit = page.getByRole('dialog', { name: 'Edit indicator SO1-01' })
      await expect.poll(() => edit.getByLabel(/^Value of milestone 1/).inputValue()).toBe('72')
      // A milestone of 90 hours makes 85 hours in Q3 2026 green.
      await edit.getByLabel(/^Value of milestone 1/).fill('90')
      await edit.getByRole('button', { name: 'Save', exact: true }).click()
      await edit.waitFor({ state: 'hidden' })
      await expect
        .poll(() => page.locator('tr[data-period="2026-Q3"]').getAttribute('data-rag'))
        .toBe('green')
      await expect
        .poll(() => text(page.getByRole('link', { name: /^Off track/ })))
        .toBe('Off track (0)')

      await page.getByRole('button', { name: 'Delete the value for Q2 2026' }).click()
      const confirmValue = page.getByRole('alertdialog', { name: 'Delete this value?' })
      await expect.poll(() => text(confirmValue)).toContain('71.5 hours recorded for Q2 2026')
      await confirmValue.getByRole('button', { name: 'Delete', exact: true }).click()
      await expect.poll(() => page.locator('tr[data-period="2026-Q2"]').count()).toBe(0)
      await expect
        .poll(() => text(page.getByRole('status').first()))
        .toContain('Value for Q2 2026 deleted.')

      // A comma typed in English groups thousands: "61,500" is stored as 61500, not 61.5.
      await page.getByRole('button', { name: 'Edit the value for Q3 2026' }).click()
      const big = page.getByRole('dialog', { name: 'Correct the value of SO1-01 for Q3 2026' })
      await big.getByLabel(/^Value/).fill('61,500')
      await big.getByRole('button', { name: 'Save', exact: true }).click()
      await big.waitFor({ state: 'hidden' })
      await expect
        .poll(() => text(page.locator('tr[data-period="2026-Q3"]')))
        .toContain('61,500 hours')
      const stored = await app.backend.ctx.db
        .selectFrom('indicator_actuals')
        .select('value')
        .where('period', '=', '2026-Q3')
        .executeTakeFirstOrThrow()
      expect(Number(stored.value)).toBe(61500)
      await page.getByRole('button', { name: 'Edit the value for Q3 2026' }).click()
      await expect.poll(() => big.getByLabel(/^Value/).inputValue()).toBe('61,500')
      await big.getByRole('button', { name: 'Cancel', exact: true }).click()
      await big.waitFor({ state: 'hidden' })

      await page.getByRole('button', { name: 'Delete indicator' }).click()
      const confirm = page.getByRole('alertdialog', { name: 'Delete indicator?' })
      await expect.poll(() => text(confirm)).toContain('Its 1 recorded value goes with it.')
      await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
      await ready()
      await expect.poll(() => text(page.locator('main .empty'))).toContain('No indicators yet')
      const trail = (
        await app.backend.ctx.db
          .selectFrom('audit_log')
          .select(['entity_type', 'action'])
          .where('entity_type', 'like', 'indicator%')
          .orderBy('seq')
          .execute()
      ).map((r) => `${r.entity_type}:${r.action}`)
      expect(trail).toEqual([
        'indicator:create',
        'indicator_actual:create',
        'indicator_actual:create',
        'indicator_actual:update',
        'indicator:update',
        'indicator_actual:delete',
        'indicator_actual:update',
        'indicator:delete',
      ])
      expect(foreignRequests(app.requests)).toEqual([])
      expect(consoleErrors).toEqual([])
    })
  },
)
