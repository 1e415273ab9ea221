import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inTransaction } from '../../electron/backend/db/transaction'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { seriousA11yViolations, startApp, text, type AppSession } from '../helpers/e2e'

// The demo administration as a head of unit first sees it: a scored mission, gaps, coverage.
describe(
  'needs assessments in the demo administration (real Chromium)',
  { timeout: 90_000 },
  () => {
    let app: AppSession
    beforeAll(async () => {
      app = await startApp({
        seed: (b) =>
          inTransaction(b.ctx, async (tx) => {
            await seedDemo(tx)
          }),
      })
    })
    afterAll(async () => {
      await app?.close()
    })

    const ready = () =>
      app.page.locator('main[data-view="assessments"][data-state="ready"]').waitFor()
    const go = async (hash: string) => {
      await app.page.evaluate((h) => {
        window.location.hash = h
      }, hash)
      await ready()
    }

    it('lists the 2023 self-assessment and the 2026 mission, fully scored', async () => {
      const { page } = app
      await go('#/assessments')
      await expect.poll(() => page.locator('tr[data-assessment-id]').count()).toBe(2)
      await expect
        .poll(() => text(page.locator('tr', { hasText: 'Diagnostic mission 2026' })))
        .toContain('33 of 33 items scored')
      await app.screenshot('assessments-demo-01-list')
    })

    it('shows the mission’s gap analysis and scoring with evidence and recommendations', async () => {
      const { page } = app
      await page.getByRole('link', { name: 'Diagnostic mission 2026' }).click()
      await ready()
      await expect.poll(() => page.getByLabel('Evidence').inputValue()).not.toBe('')
      await expect.poll(() => page.locator('.na-rec').count()).toBeGreaterThan(0)
      await app.screenshot('assessments-demo-02-scoring')
      await page.getByRole('tab', { name: 'Gap analysis' }).click()
      await page.getByRole('img', { name: /Radar chart/ }).waitFor()
      await expect
        .poll(() => text(page.getByTestId('largest-gaps').getByRole('listitem').first()))
        .toContain('DF.4.2')
      await app.screenshot('assessments-demo-03-gap-analysis')
      expect(await seriousA11yViolations(page)).toEqual([])
    })

    it('puts the uncovered items first in the coverage view', async () => {
      const { page } = app
      await go('#/assessments/coverage')
      await expect
        .poll(() => page.locator('.na-coverage-entry').first().getAttribute('data-status'))
        .toBe('not_covered')
      await expect
        .poll(() => text(page.locator('.na-count[data-status="not_covered"]')))
        .toBe('4 not covered')
      await expect
        .poll(() => text(page.locator('.na-count[data-status="deferred"]')))
        .toBe('4 deferred')
      await app.screenshot('assessments-demo-04-coverage')
      await page.getByRole('button', { name: /Show the \d+ addressed items/ }).click()
      expect(await seriousA11yViolations(page)).toEqual([])
    })

    it('compares the mission with the 2023 self-assessment: every area improved or held', async () => {
      const { page } = app
      await go('#/assessments/compare')
      await page.locator('.na-compare[data-state="ready"]').waitFor()
      await expect
        .poll(() => text(page.locator('[data-testid="comparison"] tfoot')))
        .toMatch(/Overall .*▲ \+/)
      await app.screenshot('assessments-demo-05-compare')
      expect(await seriousA11yViolations(page)).toEqual([])
    })

    it('reads well in French', async () => {
      const { page } = app
      await app.backend.call('settings:setLanguage', { language: 'fr' })
      await page.reload()
      await ready()
      await go('#/assessments/coverage')
      await expect
        .poll(() => text(page.getByRole('heading', { level: 1 })))
        .toBe('Évaluations des besoins')
      await expect
        .poll(() => text(page.locator('.na-count[data-status="not_covered"]')))
        .toBe('4 non couverts')
      await app.screenshot('assessments-demo-06-coverage-fr')
      await app.backend.call('settings:setLanguage', { language: 'en' })
    })
  },
)
