import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Objective } from '../../shared/contract'
import { seriousA11yViolations, startApp, text, type AppSession } from '../helpers/e2e'
import { sampleSettings } from '../helpers/temp-backend'

// One session walks the needs-assessment journey: create, score, analyse, recommend, cover, cycle.
describe('needs assessment journey (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  beforeAll(async () => {
    app = await startApp({
      seed: async (b) => {
        await b.call('settings:save', sampleSettings)
        for (const [code, title] of [
          ['SO1', 'Faster clearance of legitimate trade'],
          ['SO2', 'Fair revenue collection'],
          ['SO3', 'Protection of society'],
        ]) {
          await b.call('objectives:create', { code, title, status: 'active' })
        }
      },
    })
  })
  afterAll(async () => {
    await app?.close()
  })

  const ready = () =>
    app.page.locator('main[data-view="assessments"][data-state="ready"]').waitFor()
  const noSeriousViolations = async () => expect(await seriousA11yViolations(app.page)).toEqual([])
  const progress = () => text(app.page.locator('.na-workspace [data-testid="progress"]'))

  async function chooseLevel(group: string, name: string) {
    await app.page.getByRole('radiogroup', { name: group }).getByRole('radio', { name }).check()
  }

  it('creates an assessment from the Diagnostic Framework, refusing dates out of order', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Assessments' }).click()
    await ready()
    await expect.poll(() => text(page.locator('.empty'))).toContain('No assessments yet')
    await noSeriousViolations()

    await page.getByRole('button', { name: 'New assessment' }).click()
    const dialog = page.getByRole('dialog', { name: 'New assessment' })
    await expect
      .poll(() => text(dialog.getByRole('button', { name: /Framework/ })))
      .toContain('Customs Capacity Building Diagnostic Framework')
    await expect.poll(() => dialog.getByRole('checkbox', { checked: true }).count()).toBe(7)
    await dialog.getByLabel('Title').fill('Diagnostic mission 2026')
    await dialog.getByLabel('Start date').fill('2026-03-02')
    await dialog.getByLabel('End date').fill('2026-02-27')
    await dialog.getByRole('button', { name: 'Create assessment' }).click()
    await expect
      .poll(() => text(dialog.locator('.error-summary')))
      .toContain('End date must be on or after the start date (2026-03-02).')
    await app.screenshot('assessments-01b-new-dialog')
    await noSeriousViolations()
    await dialog.getByLabel('End date').fill('2026-03-13')
    await dialog.getByRole('button', { name: 'Create assessment' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await ready()
    await expect
      .poll(() => text(page.locator('.na-workspace-title')))
      .toBe('Diagnostic mission 2026')
    await expect.poll(progress).toBe('0 of 33 items scored')
  })

  it('scores items with level names, and progress follows', async () => {
    const { page } = app
    await expect
      .poll(() => text(page.locator('#item-heading')))
      .toBe('DF.1.1 Strategic plan in place and communicated')
    await chooseLevel('Current level', '2 Developing')
    await chooseLevel('Target level', '4 Managed and measured')
    await page
      .getByLabel('Evidence')
      .fill('Strategic Plan 2019–2023 expired; the new plan is a draft.')
    await expect
      .poll(() => text(page.getByRole('option', { name: /^DF\.1\.1 / })))
      .toContain('Unsaved changes')
    await page.getByRole('button', { name: 'Save item' }).click()
    await expect.poll(progress).toBe('1 of 33 items scored')
    await expect
      .poll(() => text(page.getByRole('option', { name: /^DF\.1\.1 / })))
      .toContain('Current 2 → target 4')

    await page.getByRole('option', { name: /^DF\.4\.2 / }).click()
    await expect
      .poll(() => text(page.locator('#item-heading')))
      .toBe('DF.4.2 Risk management and selectivity')
    await chooseLevel('Current level', '1 Initial / ad hoc')
    await chooseLevel('Target level', '4 Managed and measured')
    await page.getByRole('button', { name: 'Save and go to the next item' }).click()
    await expect.poll(progress).toBe('2 of 33 items scored')
    await expect.poll(() => text(page.locator('#item-heading'))).toContain('DF.4.3')
    await app.screenshot('assessments-02-scoring')
    await noSeriousViolations()
  })

  it('refuses a target below the current level, naming the field', async () => {
    const { page } = app
    await chooseLevel('Current level', '3 Defined')
    await chooseLevel('Target level', '2 Developing')
    await page.getByRole('button', { name: 'Save item' }).click()
    await expect
      .poll(() => text(page.locator('.error-summary')))
      .toContain('Target level (2) is below the current level (3)')
    await expect.poll(progress).toBe('2 of 33 items scored')
    await chooseLevel('Target level', 'Not scored')
    await chooseLevel('Current level', 'Not scored')
  })

  it('shows the gap analysis as a radar chart, a table and the largest gaps', async () => {
    const { page } = app
    await page.getByRole('tab', { name: 'Gap analysis' }).click()
    await page.getByRole('img', { name: /Radar chart of current and target maturity/ }).waitFor()
    const df4 = page.locator('[data-testid="gap-table"] tr[data-area="DF.4"]')
    await expect.poll(() => text(df4)).toBe('DF.4 Customs systems and procedures 1 of 5 1 4 3')
    await expect.poll(() => text(page.getByTestId('overall-gap'))).toBe('2.5')
    const ranked = page.getByTestId('largest-gaps').getByRole('listitem')
    await expect
      .poll(() => text(ranked.first()))
      .toContain('DF.4.2 Risk management and selectivity')
    await expect.poll(() => ranked.count()).toBe(2)
    await app.screenshot('assessments-03-gap-analysis')
    await noSeriousViolations()
  })

  it('adds an accepted high-priority recommendation from the ranked gap', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Open DF.4.2 for scoring' }).click()
    await expect
      .poll(() => text(page.locator('#item-heading')))
      .toBe('DF.4.2 Risk management and selectivity')
    await page.getByRole('button', { name: 'Add recommendation' }).click()
    const dialog = page.getByRole('dialog', { name: 'New recommendation for DF.4.2' })
    await dialog.getByLabel('Recommendation').fill('Set up a national targeting centre')
    await dialog.getByRole('radio', { name: 'High' }).check()
    await dialog.getByRole('radio', { name: 'Short term' }).check()
    await dialog.getByLabel('Responsible unit').fill('Risk Management Unit')
    await dialog.getByRole('button', { name: /Accepted by the administration/ }).click()
    await page.getByRole('option', { name: 'Yes' }).click()
    await noSeriousViolations()
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect
      .poll(() => text(page.locator('.na-rec')))
      .toContain(
        'Set up a national targeting centre High priority Short term Risk Management Unit Accepted: Yes',
      )
  })

  it('lists it as not covered at the top of the coverage view, then addressed once linked', async () => {
    const { page } = app
    await page.getByRole('tab', { name: 'Coverage' }).click()
    await ready()
    const entry = page.locator('li.na-coverage-entry', {
      hasText: 'Set up a national targeting centre',
    })
    const count = (status: string) => text(page.locator(`.na-count[data-status="${status}"]`))
    await expect.poll(() => count('not_covered')).toBe('3 not covered')
    // The first group on the page is "Not covered", and the recommendation is in it.
    await expect
      .poll(() => text(page.locator('.na-coverage-group').first().locator('h3')))
      .toBe('Not covered (3)')
    await expect.poll(() => entry.getAttribute('data-status')).toBe('not_covered')
    await expect
      .poll(() =>
        page
          .locator('.na-coverage-group')
          .first()
          .locator('li', { hasText: 'national targeting centre' })
          .count(),
      )
      .toBe(1)
    await app.screenshot('assessments-04-coverage')
    await noSeriousViolations()

    await entry.getByRole('button', { name: 'Link to the plan' }).click()
    const dialog = page.getByRole('dialog', { name: 'Link to the plan' })
    await dialog.getByRole('combobox', { name: 'Part of the plan' }).fill('SO1')
    await page.getByRole('option', { name: /^SO1 \(1\) Objective: Faster clearance/ }).click()
    await app.screenshot('assessments-04b-link-dialog')
    await noSeriousViolations()
    await dialog.getByRole('button', { name: 'Link', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    // The recommendation and its gap are both answered now; only DF.1.1 is left.
    await expect.poll(() => count('not_covered')).toBe('1 not covered')
    await expect.poll(() => count('addressed')).toBe('2 addressed')
    await expect
      .poll(() => text(page.locator('.na-coverage [role="status"]')))
      .toContain('Linked to 1.')
  })

  it('creates an objective from the remaining gap and sees it addressed', async () => {
    const { page } = app
    const entry = page.locator('li.na-coverage-entry[data-status="not_covered"]')
    await expect.poll(() => text(entry)).toContain('DF.1.1')
    await entry.getByRole('button', { name: 'Create an objective from this gap' }).click()
    const dialog = page.getByRole('dialog', { name: 'Create an objective from this gap' })
    await expect.poll(() => dialog.getByLabel('Code').inputValue()).toBe('SO4')
    await expect
      .poll(() => dialog.getByLabel('Objective title').inputValue())
      .toBe('Strategic plan in place and communicated')
    await dialog.getByLabel('Objective title').fill('An approved, costed strategic plan')
    await dialog.getByRole('button', { name: 'Create objective and link' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect
      .poll(() => text(page.locator('.na-count[data-status="not_covered"]')))
      .toBe('0 not covered')
    await page.getByRole('button', { name: 'Show the 3 addressed items' }).click()
    await expect
      .poll(() => text(page.locator('li.na-coverage-entry', { hasText: 'DF.1.1' })))
      .toContain('4 Objective: SO4 An approved, costed strategic plan')
    const objectives = await app.backend.call('objectives:list', undefined)
    expect(objectives.ok && (objectives.value as Objective[]).map((o) => o.code)).toContain('SO4')
    await app.screenshot('assessments-05-coverage-addressed')
  })

  it('opens the coverage view directly from its address', async () => {
    const { page } = app
    await page.evaluate(() => {
      window.location.hash = '#/dashboard'
    })
    await page.locator('main[data-view="dashboard"][data-state="ready"]').waitFor()
    await page.evaluate(() => {
      window.location.hash = '#/assessments/coverage'
    })
    await ready()
    await expect
      .poll(() => page.getByRole('tab', { name: 'Coverage' }).getAttribute('aria-selected'))
      .toBe('true')
    await expect
      .poll(() => text(page.locator('.na-count[data-status="addressed"]')))
      .toBe('3 addressed')
  })

  it('starts a new cycle that carries scores forward, then compares the two', async () => {
    const { page } = app
    await page.getByRole('tab', { name: 'Assessments' }).click()
    await ready()
    await page.getByRole('link', { name: 'Diagnostic mission 2026' }).click()
    await ready()
    await page.getByRole('button', { name: 'Start a new cycle from this assessment' }).click()
    const dialog = page.getByRole('dialog', {
      name: 'Start a new cycle from “Diagnostic mission 2026”',
    })
    await dialog.getByLabel('Title').fill('Self-assessment 2027')
    await dialog.getByRole('button', { name: 'Start the new cycle' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => text(page.locator('.na-workspace-title'))).toBe('Self-assessment 2027')
    await expect.poll(progress).toBe('2 of 33 items scored')
    await expect
      .poll(() => text(page.locator('.na-workspace-header')))
      .toContain('2 carried forward, not yet reviewed')

    await page.getByRole('option', { name: /^DF\.1\.1 / }).click()
    await expect
      .poll(() => text(page.locator('.na-notice-carried')))
      .toContain('Carried forward from “Diagnostic mission 2026”')
    await chooseLevel('Current level', '3 Defined')
    await page.getByRole('button', { name: 'Save item' }).click()
    await expect
      .poll(() => text(page.getByRole('option', { name: /^DF\.1\.1 / })))
      .toBe('DF.1.1 Strategic plan in place and communicated Current 3 → target 4')
    await expect
      .poll(() => text(page.locator('.na-workspace-header')))
      .toContain('1 carried forward, not yet reviewed')

    await page.getByRole('button', { name: 'Compare with the previous cycle' }).click()
    await page.locator('.na-compare[data-state="ready"]').waitFor()
    const df1 = page.locator('[data-testid="comparison"] tr[data-area="DF.1"]')
    await expect.poll(() => text(df1)).toContain('DF.1 Strategic management 2 3 ▲ +1 improved 4')
    await page.getByRole('button', { name: 'Show the items of DF.1' }).click()
    await expect
      .poll(() => text(page.locator('tr[data-item="DF.1.1"]')))
      .toBe('DF.1.1 Strategic plan in place and communicated 2 3 ▲ +1 improved 4')
    await app.screenshot('assessments-06-compare')
    await noSeriousViolations()
  })

  it('lists both assessments with their progress', async () => {
    const { page } = app
    await page.getByRole('tab', { name: 'Assessments' }).click()
    await ready()
    await expect.poll(() => page.locator('tr[data-assessment-id]').count()).toBe(2)
    await expect
      .poll(() => text(page.locator('tr', { hasText: 'Diagnostic mission 2026' })))
      .toContain('2 of 33 items scored')
    await app.screenshot('assessments-01-list')
    await noSeriousViolations()
  })
})
