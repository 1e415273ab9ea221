import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { inTransaction } from '../../electron/backend/db/transaction'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { factorId, getData, insertRisk } from '../backend/integrity-helpers'
import { seriousA11yViolations, startApp, text, type AppSession } from '../helpers/e2e'
import { sampleSettings } from '../helpers/temp-backend'

// The demo administration's integrity programme, as the head of unit sees it (and screenshots).
const seed = async (b: Backend) => {
  const r = await b.call('settings:save', {
    ...sampleSettings,
    administrationName: 'Republic of Numeria Customs Service',
    classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED', 'CONFIDENTIAL'],
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
  await inTransaction(b.ctx, (tx) => seedDemo(tx, { parts: ['integrity'] }))
  // The risk register is another domain's; a few flagged rows stand in for it here.
  const data = await getData(b)
  await insertRisk(b, { code: 'R-INT-01', factorId: factorId(data, 'RAD.6'), l: 4, i: 4 })
  await insertRisk(b, { code: 'R-INT-02', factorId: factorId(data, 'RAD.8'), l: 3, i: 4 })
  await insertRisk(b, {
    code: 'R-INT-03',
    factorId: factorId(data, 'RAD.8'),
    l: 2,
    i: 3,
    status: 'monitoring',
  })
  await insertRisk(b, {
    code: 'R-INT-04',
    factorId: factorId(data, 'RAD.4'),
    l: 2,
    i: 2,
    status: 'closed',
  })
}

describe('integrity demo in browser mode (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  const problems: string[] = []
  beforeAll(async () => {
    app = await startApp({ seed })
    // A Content-Security-Policy violation (e.g. an inline style from the chart) shows up here.
    app.page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text())
    })
  })
  afterAll(async () => {
    await app?.close()
  })

  const open = async (tab: string) => {
    await app.page.evaluate((t) => (window.location.hash = `#/integrity/${t}`), tab)
    await app.page.reload()
    await app.page.locator('main[data-view="integrity"][data-state="ready"]').waitFor()
  }

  it('shows the ten factors at a glance with ratings, progress, overdue, surveys and risks', async () => {
    const { page } = app
    await open('overview')
    const rows = page.locator('.integrity-overview tbody tr')
    await expect.poll(() => rows.count()).toBe(10)
    const rad6 = page.locator('.integrity-overview tr[data-factor="RAD.6"]')
    await expect
      .poll(() => text(rad6.locator('[data-cell="rating"]')))
      .toBe('1 — Planned or started')
    await expect.poll(() => text(rad6.locator('[data-cell="progress"]'))).toBe('1 of 3 done (33 %)')
    await expect.poll(() => text(rad6.locator('[data-cell="staff"]'))).toContain('35')
    await expect.poll(() => text(rad6.locator('[data-cell="risks"]'))).toBe('1')
    const rad8 = page.locator('.integrity-overview tr[data-factor="RAD.8"]')
    await expect.poll(() => text(rad8.locator('[data-cell="progress"]'))).toBe('0 of 2 done (0 %)')
    await expect.poll(() => text(rad8.locator('[data-cell="risks"]'))).toBe('2')
    await expect
      .poll(() => text(page.locator('.integrity-overview tr[data-factor="RAD.3"]')))
      .toContain('Unconfirmed')
    await app.screenshot('integrity-10-overview')
  })

  it('shows the workshop ratings and compares them with the 2023 mission', async () => {
    const { page } = app
    await open('assessments')
    await expect
      .poll(() => text(page.getByRole('heading', { level: 2 }).first()))
      .toBe('Integrity self-assessment workshop 2026')
    const compare = page.getByTestId('assessment-comparison')
    await expect
      .poll(() => text(compare.locator('tr[data-factor="RAD.1"] [data-cell="change"]')))
      .toContain('Up 1 level')
    await expect
      .poll(() => text(compare.locator('tr[data-factor="RAD.6"] [data-cell="change"]')))
      .toContain('No change')
    await app.screenshot('integrity-11-self-assessment')
  })

  it('flags overdue actions in the action plan', async () => {
    const { page } = app
    await open('actions')
    await expect.poll(() => page.locator('.ig-row-overdue').count()).toBeGreaterThanOrEqual(5)
    await expect
      .poll(() => text(page.getByTestId('progress-RAD.7')))
      .toContain('1 of 2 done (50 %)')
    await app.screenshot('integrity-12-action-plan')
  })

  it('compares survey waves per factor for each population', async () => {
    const { page } = app
    await open('surveys')
    const table = page.getByTestId('wave-comparison')
    await expect
      .poll(() => text(table.locator('tr[data-factor="RAD.1"]')))
      .toContain('Up 11 points')
    await expect.poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10)
    await app.screenshot('integrity-13-survey-comparison')
    await page.getByRole('button', { name: /Population/ }).click()
    await page.getByRole('option', { name: 'Private sector' }).click()
    await expect.poll(() => text(table.locator('tr[data-factor="RAD.1"]'))).toContain('Up 9 points')
  })

  it('lists integrity risks per factor with residual score and status', async () => {
    const { page } = app
    await open('risks')
    const table = page.getByTestId('integrity-risks')
    await expect
      .poll(() => text(table.locator('tr', { hasText: 'R-INT-01' })))
      .toContain('16 · Critical')
    await app.screenshot('integrity-14-risks')
  })

  it('has no serious accessibility violations and no console errors', async () => {
    const { page } = app
    const found: Record<string, unknown> = {}
    for (const tab of ['overview', 'assessments', 'actions', 'surveys', 'risks']) {
      await open(tab)
      const violations = await seriousA11yViolations(page)
      if (violations.length) found[tab] = violations
    }
    expect(found).toEqual({})
    expect(problems).toEqual([])
  })

  it('reads in French', async () => {
    const { page } = app
    const r = await app.backend.call('settings:setLanguage', { language: 'fr' })
    expect(r.ok).toBe(true)
    await open('overview')
    await expect
      .poll(() => text(page.getByRole('heading', { level: 1 })))
      .toBe('Programme d’intégrité')
    await expect.poll(() => text(page.getByRole('tab', { selected: true }))).toBe('Vue d’ensemble')
    await app.screenshot('integrity-15-overview-fr')
  })
})
