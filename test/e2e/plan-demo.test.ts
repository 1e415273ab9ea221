import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { inTransaction } from '../../electron/backend/db/transaction'
import { createObjective } from '../../electron/backend/plan/objectives-service'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { seriousA11yViolations, startApp, text, type AppSession } from '../helpers/e2e'
import { sampleSettings } from '../helpers/temp-backend'

// The plan part of the demo only, so this test does not depend on the other demo domains.
async function seed(b: Backend): Promise<void> {
  await b.call('settings:save', sampleSettings)
  await inTransaction(b.ctx, async (tx) => {
    for (let i = 1; i <= 5; i++) {
      await createObjective(tx, {
        code: `SO${i}`,
        title: `Strategic objective ${i}`,
        description: '',
        owner: 'Director',
        status: 'active',
      })
    }
    await seedDemo(tx, { parts: ['plan'] })
  })
}

describe('the demo plan on screen (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  beforeAll(async () => {
    app = await startApp({ seed })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows the numbered logframe with late activities flagged', async () => {
    const { page } = app
    await page.evaluate(() => (window.location.hash = '#/plan/logframe'))
    await page.locator('main[data-view="plan"][data-state="ready"]').waitFor()
    await expect.poll(() => page.locator('tr.lf-activity').count()).toBe(60)
    await expect
      .poll(() =>
        text(page.locator('tr', { hasText: 'Draft the pre-arrival processing procedure' })),
      )
      .toContain('Late')
    // Legible at 1280×800: the table fits without sideways scrolling.
    const overflow = await page
      .locator('.table-wrap')
      .evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await app.screenshot('plan-demo-01-logframe')
    await page.getByRole('radio', { name: 'Outputs' }).check()
    await expect.poll(() => page.locator('tr.lf-activity').count()).toBe(0)
    await app.screenshot('plan-demo-02-logframe-outputs')
  })

  it('draws only the visible rows of the timeline, grouped by project', async () => {
    const { page } = app
    await page.getByRole('tab', { name: 'Timeline' }).click()
    const bars = page.locator('.tl-bar')
    await bars.first().waitFor()
    // 60 activities and 6 project rows, but only those in view (and a few more) exist.
    const drawn = await bars.count()
    expect(drawn).toBeGreaterThan(5)
    expect(drawn).toBeLessThan(40)
    await expect.poll(() => text(page.locator('.tl-row-project').first())).toContain('HRC')
    await app.screenshot('plan-demo-03-timeline-month')
    await page.getByRole('radio', { name: 'Quarters' }).check()
    await app.screenshot('plan-demo-04-timeline-quarter')
    // Scrolling brings the last rows into being: the last group holds activities with no project.
    await page.locator('.tl-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight))
    await expect
      .poll(() => text(page.locator('.tl-row').last()))
      .toContain('Deploy dog teams to the land border posts')
    expect(await seriousA11yViolations(page)).toEqual([])
  })
})
