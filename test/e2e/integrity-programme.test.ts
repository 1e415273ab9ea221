import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { seriousA11yViolations, startApp, text, type AppSession } from '../helpers/e2e'
import { sampleSettings } from '../helpers/temp-backend'

const setUp = async (b: Backend) => {
  const r = await b.call('settings:save', {
    ...sampleSettings,
    classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED'],
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
}

// One session: a planning officer scores factors, adds actions and sees the overview follow.
describe('integrity programme in browser mode (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  beforeAll(async () => {
    app = await startApp({ seed: setUp })
  })
  afterAll(async () => {
    await app?.close()
  })

  const ready = () => app.page.locator('main[data-view="integrity"][data-state="ready"]').waitFor()
  const choose = async (
    scope: ReturnType<AppSession['page']['getByRole']>,
    label: string,
    option: string,
  ) => {
    await scope.getByRole('button', { name: label }).click()
    await app.page.getByRole('option', { name: option, exact: true }).click()
  }

  it('scores integrity factors in a new self-assessment', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Integrity', exact: true }).click()
    await ready()
    await expect
      .poll(() => text(page.getByRole('heading', { level: 1 })))
      .toBe('Integrity programme')
    await page.getByRole('tab', { name: 'Self-assessments' }).click()
    await expect
      .poll(() => text(page.locator('.empty').first()))
      .toContain('No integrity assessment yet')

    await page.getByRole('button', { name: 'New assessment' }).click()
    const dialog = page.getByRole('dialog', { name: 'New integrity assessment' })
    await dialog.getByLabel('Title').fill('Integrity workshop 2026')
    await dialog.getByLabel('Assessment date').fill('2026-02-30')
    await dialog.getByLabel('Number of participants').fill('19')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => text(dialog)).toContain('Assessment date is not a real calendar date.')
    await dialog.getByLabel('Assessment date').fill('2026-03-18')
    await choose(dialog, 'Sensitivity', 'OFFICIAL-SENSITIVE')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect
      .poll(() => text(page.getByRole('heading', { level: 2 }).first()))
      .toBe('Integrity workshop 2026')
    await expect
      .poll(() => text(page.locator('.ig-assessment-facts')))
      .toContain('OFFICIAL-SENSITIVE')

    await page.getByRole('button', { name: 'Rate RAD.1', exact: true }).click()
    const rate = page.getByRole('dialog', { name: 'Rate RAD.1' })
    await rate.getByRole('radio', { name: /^3 — Largely in place/ }).check()
    await rate.getByLabel('Strengths').fill('The Commissioner chairs the integrity committee.')
    await rate.getByLabel('Evidence').fill('Committee minutes 2025')
    await app.screenshot('integrity-03-rating-dialog')
    await rate.getByRole('button', { name: 'Save', exact: true }).click()
    await rate.waitFor({ state: 'hidden' })
    const rad1 = page.locator('.ig-ratings-table tr[data-factor="RAD.1"]')
    await expect.poll(() => text(rad1)).toContain('3 — Largely in place')
    await expect
      .poll(() => text(rad1))
      .toContain('The Commissioner chairs the integrity committee.')

    // RAD.3 is not confirmed by the pack: it says so, with the note one click away.
    await page.getByRole('button', { name: 'Rate RAD.3' }).click()
    const rate3 = page.getByRole('dialog', { name: 'Rate RAD.3' })
    await expect.poll(() => text(rate3)).toContain('Unconfirmed')
    await rate3.getByRole('radio', { name: /^1 — Planned or started/ }).check()
    await rate3.getByRole('button', { name: 'Save', exact: true }).click()
    await rate3.waitFor({ state: 'hidden' })
    const rad3 = page.locator('.ig-ratings-table tr[data-factor="RAD.3"]')
    await expect.poll(() => text(rad3)).toContain('1 — Planned or started')
    await rad3.getByText('Unconfirmed').click()
    await expect.poll(() => text(rad3)).toContain('not confirmed against the public text')
    await app.screenshot('integrity-01-self-assessment-new')

    await page.getByRole('tab', { name: 'At a glance' }).click()
    await expect
      .poll(() =>
        text(page.locator('.integrity-overview tr[data-factor="RAD.1"] [data-cell="rating"]')),
      )
      .toBe('3 — Largely in place')
  })

  it('adds actions to a factor and the progress per factor changes on the overview', async () => {
    const { page } = app
    const rad7 = page.locator('.integrity-overview tr[data-factor="RAD.7"]')
    await expect.poll(() => text(rad7.locator('[data-cell="progress"]'))).toBe('No actions')

    await page.getByRole('tab', { name: 'Action plan' }).click()
    await page.getByRole('button', { name: 'New action' }).click()
    const dialog = page.getByRole('dialog', { name: 'New integrity action' })
    await choose(dialog, 'Factor', 'RAD.7 Code of conduct (Unconfirmed)')
    await dialog.getByLabel('Action').fill('Revise the code of conduct')
    await choose(dialog, 'Horizon', 'Short term')
    await dialog.getByLabel('Start date').fill('2026-05-01')
    await dialog.getByLabel('Due date').fill('2026-04-30')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => text(dialog)).toContain('Due date must be on or after the start date.')
    await app.screenshot('integrity-05-action-dialog-error')
    await dialog.getByLabel('Due date').fill('2026-09-30')
    await choose(dialog, 'Status', 'Done')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })

    await page.getByRole('button', { name: 'New action' }).click()
    const second = page.getByRole('dialog', { name: 'New integrity action' })
    await choose(second, 'Factor', 'RAD.7 Code of conduct (Unconfirmed)')
    await second.getByLabel('Action').fill('Train all serving staff on the code')
    await choose(second, 'Horizon', 'Medium term')
    await second.getByLabel('Start date').fill('2020-01-01')
    await second.getByLabel('Due date').fill('2020-06-30')
    await second.getByRole('button', { name: 'Save', exact: true }).click()
    await second.waitFor({ state: 'hidden' })
    const group = page.getByTestId('progress-RAD.7')
    await expect.poll(() => text(group)).toContain('1 of 2 done (50 %)')
    await expect.poll(() => text(group)).toContain('1 overdue')
    const overdueRow = page.locator('tr', { hasText: 'Train all serving staff on the code' })
    await expect.poll(() => text(overdueRow)).toContain('Overdue')
    await app.screenshot('integrity-02-action-plan-new')

    await page.getByRole('tab', { name: 'At a glance' }).click()
    await expect.poll(() => text(rad7.locator('[data-cell="progress"]'))).toBe('1 of 2 done (50 %)')
    await expect.poll(() => text(rad7.locator('[data-cell="overdue"]'))).toBe('1 overdue')
    await expect.poll(() => text(page.getByTestId('plan-progress'))).toContain('1 of 2 done')

    // Survives a reload, on the tab the address names.
    await page.reload()
    await ready()
    await expect.poll(() => text(rad7.locator('[data-cell="progress"]'))).toBe('1 of 2 done (50 %)')
  })

  it('records a survey wave with a score per factor', async () => {
    const { page } = app
    await page.getByRole('tab', { name: 'Perception surveys' }).click()
    await page.getByRole('button', { name: 'New survey wave' }).click()
    const dialog = page.getByRole('dialog', { name: 'New perception survey wave' })
    await dialog.getByLabel('Title').fill('CIPS staff survey 2025')
    await dialog.getByLabel('Survey date').fill('2025-10-20')
    await choose(dialog, 'Population', 'Staff')
    await dialog.getByLabel('Respondents').fill('640')
    await dialog.getByLabel('Score for RAD.1', { exact: true }).fill('150')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => text(dialog)).toContain('Score for RAD.1 must be 100 or less.')
    await dialog.getByLabel('Score for RAD.1', { exact: true }).fill('63.5')
    await dialog.getByLabel('Score for RAD.2', { exact: true }).fill('47')
    await app.screenshot('integrity-04-wave-dialog')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect
      .poll(() => text(page.locator('tr', { hasText: 'CIPS staff survey 2025' })))
      .toContain('2 of 10')
    await expect
      .poll(() => text(page.getByTestId('wave-comparison').locator('tr[data-factor="RAD.1"]')))
      .toContain('63.5')
  })

  it('has no serious accessibility violations on any integrity tab', async () => {
    const { page } = app
    const found: Record<string, unknown> = {}
    for (const tab of [
      'At a glance',
      'Self-assessments',
      'Action plan',
      'Perception surveys',
      'Integrity risks',
    ]) {
      await page.getByRole('tab', { name: tab }).click()
      await page.getByRole('tab', { name: tab, selected: true }).waitFor()
      const violations = await seriousA11yViolations(page)
      if (violations.length) found[tab] = violations
    }
    expect(found).toEqual({})
  })
})
