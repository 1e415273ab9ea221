import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { startApp, text, type AppSession } from '../helpers/e2e'
import { sampleSettings } from '../helpers/temp-backend'

// 5 objectives × 4 outcomes × 4 outputs × 5 activities = 400 activities, chained in pairs.
async function seed(b: Backend): Promise<void> {
  const call = async (channel: string, input: unknown) => {
    const r = await b.call(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`)
    return r.value as { id: number }
  }
  await call('settings:save', sampleSettings)
  let previous = 0
  for (let o = 1; o <= 5; o++) {
    const so = await call('objectives:create', { code: `SO${o}`, title: `Objective ${o}` })
    for (let m = 1; m <= 4; m++) {
      const oc = await call('plan:createResult', {
        level: 'outcome',
        parentId: so.id,
        statement: `Outcome ${o}.${m}`,
      })
      for (let p = 1; p <= 4; p++) {
        const op = await call('plan:createResult', {
          level: 'output',
          parentId: oc.id,
          statement: `Output ${o}.${m}.${p}`,
        })
        for (let a = 1; a <= 5; a++) {
          const year = 2027 + (a % 2)
          previous = (
            await call('plan:createActivity', {
              outputId: op.id,
              title: `Task ${o}.${m}.${p}.${a}`,
              plannedStart: `${year}-0${a}-01`,
              plannedEnd: `${year}-0${a + 1}-28`,
              dependsOn: a % 2 === 0 ? [previous] : [],
            })
          ).id
        }
      }
    }
  }
}

describe('a plan with hundreds of activities (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  beforeAll(async () => {
    app = await startApp({ seed })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('keeps only the rows near the screen in the logframe, and scrolls to the last', async () => {
    const { page } = app
    await page.evaluate(() => (window.location.hash = '#/plan/logframe'))
    await page.locator('main[data-view="plan"][data-state="ready"]').waitFor()
    await page.locator('tr.lf-activity').first().waitFor()
    // 505 logframe rows in all.
    expect(await page.locator('tr.lf-row').count()).toBeLessThan(80)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect.poll(() => text(page.locator('tr.lf-row').last())).toContain('Task 5.4.4.5')
    // Moves still work from the keyboard down there.
    await page.getByRole('button', { name: 'Move activity 5.4.4.5 up' }).click()
    await expect
      .poll(() => text(page.locator('tr', { hasText: 'Task 5.4.4.5' })))
      .toContain('5.4.4.4')
  })

  it('draws a few dozen bars on the timeline, not four hundred', async () => {
    const { page } = app
    await page.getByRole('tab', { name: 'Timeline' }).click()
    await page.locator('.tl-bar').first().waitFor()
    expect(await page.locator('.tl-bar').count()).toBeLessThan(40)
    await page.getByRole('radio', { name: 'Quarters' }).check()
    await expect.poll(() => page.locator('.tl-scroller').getAttribute('data-zoom')).toBe('quarter')
  })
})
