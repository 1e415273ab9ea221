import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { inTransaction } from '../../electron/backend/db/transaction'
import { seedIndicatorsDemo } from '../../electron/backend/indicators/indicators-demo'
import { seriousA11yViolations, startApp, text, type AppSession } from '../helpers/e2e'
import { sampleSettings } from '../helpers/temp-backend'

const OBJECTIVES = [
  ['SO1', 'Faster, more predictable clearance of legitimate trade'],
  ['SO2', 'Fair and efficient revenue collection'],
  ['SO3', 'Protection of society and the border'],
  ['SO4', 'A professional, well-governed organisation with integrity'],
  ['SO5', 'Modern, reliable information systems'],
]

// The demo's indicators, plus one with a century of monthly values to scroll through.
async function seed(b: Backend): Promise<void> {
  const must = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await b.call(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    return r.value as T
  }
  await must('settings:save', sampleSettings)
  for (const [code, title] of OBJECTIVES) await must('objectives:create', { code, title })
  await inTransaction(b.ctx, (tx) => seedIndicatorsDemo(tx))
  const objectiveId = (
    await b.ctx.db
      .selectFrom('objectives')
      .select('id')
      .where('code', '=', 'SO5')
      .executeTakeFirstOrThrow()
  ).id
  const long = await must<{ id: number }>('indicators:create', {
    attachedTo: { kind: 'objective', id: objectiveId },
    code: 'SO5-99',
    name: 'Declarations processed per hour of system time',
    unit: 'declarations',
    direction: 'higher_is_better',
    frequency: 'monthly',
    baselineValue: 100,
    baselineDate: '1926-01-01',
    targetValue: 1000,
    targetDate: '2029-12-31',
  })
  const actuals = Array.from({ length: 1200 }, (_, i) => ({
    period: `${1926 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    value: 110 + i * 0.75,
  }))
  await must('indicators:importActuals', { indicatorId: long.id, actuals })
}

describe(
  'indicator views with the demo administration (real Chromium)',
  { timeout: 90_000 },
  () => {
    let app: AppSession
    beforeAll(async () => {
      app = await startApp({ seed })
    })
    afterAll(async () => {
      await app?.close()
    })

    const ready = () =>
      app.page.locator('main[data-view="indicators"][data-state="ready"]').waitFor()

    it('lists every indicator with where it hangs, its latest value, status in words and trend', async () => {
      const { page } = app
      await page.evaluate(() => (window.location.hash = '#/indicators'))
      await ready()
      const rows = page.locator('tr[data-indicator-id]')
      await expect.poll(() => rows.count()).toBe(21)
      const release = page.locator('tr', { hasText: 'SO1-01' })
      await expect.poll(() => text(release)).toContain('Average release time (TRS)')
      await expect.poll(() => text(release)).toContain('Objective 1 (SO1)')
      await expect.poll(() => text(release)).toContain('October 2026')
      await expect.poll(() => text(release)).toMatch(/(Red|Amber|Green) – /)
      await app.screenshot('indicators-01-list')
      expect(await seriousA11yViolations(page)).toEqual([])
    })

    it('puts red indicators before amber ones in the off-track list', async () => {
      const { page } = app
      await page.getByRole('link', { name: /^Off track/ }).click()
      await ready()
      const statuses = await page
        .locator('tr[data-indicator-id]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rag')))
      expect(statuses.length).toBeGreaterThan(4)
      expect(statuses).toEqual([...statuses].sort((a, b) => (a === b ? 0 : a === 'red' ? -1 : 1)))
      expect(statuses).toContain('red')
      expect(statuses).toContain('amber')
      // Every red one carries its explanation.
      const red = page.locator('tr[data-rag="red"]').first()
      await expect.poll(() => text(red)).not.toContain('No explanation given')
      await app.screenshot('indicators-04-off-track')
      expect(await seriousA11yViolations(page)).toEqual([])
    })

    it('keeps a list of 1,200 values responsive by rendering only the rows in view', async () => {
      const { page } = app
      await page.getByRole('link', { name: /^All indicators/ }).click()
      await ready()
      await page
        .getByRole('link', { name: 'Declarations processed per hour of system time' })
        .click()
      await expect
        .poll(() => text(page.locator('#actuals-heading')), { timeout: 30_000 })
        .toBe('Recorded values (1200)')
      const table = page.locator('.actuals-table')
      await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('1201')
      const rendered = await table.locator('tbody tr[data-period]').count()
      expect(rendered).toBeGreaterThan(3)
      expect(rendered).toBeLessThan(60)
      await expect
        .poll(() => text(table.locator('tbody tr[data-period]').first()))
        .toContain('December 2025')
      // Scrolling to the end brings the oldest value in, and it is quick.
      const started = Date.now()
      await page.locator('.actuals-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight))
      await expect.poll(() => table.locator('tr[data-period="1926-01"]').count()).toBe(1)
      expect(Date.now() - started).toBeLessThan(3000)
      expect(await table.locator('tbody tr[data-period]').count()).toBeLessThan(60)
    })

    it('shows a slipping indicator’s chart against its planned path', async () => {
      const { page } = app
      await page.getByRole('link', { name: /^All indicators/ }).click()
      await ready()
      await page.getByRole('link', { name: 'Average time to pay duty refunds' }).click()
      await expect.poll(() => text(page.locator('.detail-title'))).toContain('SO2-03')
      await expect.poll(() => page.locator('.trend-figure .recharts-line').count()).toBe(2)
      await expect.poll(() => text(page.locator('#actuals-heading'))).toBe('Recorded values (23)')
      await app.screenshot('indicators-05-demo-detail')
      expect(await seriousA11yViolations(page)).toEqual([])
    })

    it('speaks French: periods, statuses and numbers in the reader’s language', async () => {
      const { page } = app
      expect((await app.backend.call('settings:setLanguage', { language: 'fr' })).ok).toBe(true)
      await page.reload()
      await ready()
      await expect
        .poll(() => text(page.getByRole('heading', { level: 1 })))
        .toBe('Indicateurs de performance')
      await expect
        .poll(() => text(page.locator('.detail-status')))
        .toContain('Rouge – hors trajectoire')
      await expect.poll(() => text(page.locator('.detail-status'))).toContain('octobre 2026')
      await page.getByRole('link', { name: /^Hors trajectoire/ }).click()
      await expect
        .poll(() => text(page.locator('tr[data-indicator-id]').first()))
        .toContain('T3 2026')
      await app.screenshot('indicators-06-off-track-fr')
      expect(await seriousA11yViolations(page)).toEqual([])
    })
  },
)
