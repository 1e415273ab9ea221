import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { seriousA11yViolations, startApp, text, type AppSession } from '../helpers/e2e'
import { sampleSettings } from '../helpers/temp-backend'

const must = async (b: Backend, channel: string, input: unknown) => {
  const r = await b.call(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`)
  return r.value as { id: number }
}

// A plan with a period, two objectives, and one activity under SO2 to depend on.
async function seed(b: Backend): Promise<void> {
  await must(b, 'settings:save', sampleSettings)
  await must(b, 'plan:saveHeader', {
    version: 0,
    vision: 'A trusted, modern customs service',
    impact: 'Lower trade costs and fairer revenue',
    periodStart: '2026-07-01',
    periodEnd: '2029-06-30',
  })
  await must(b, 'objectives:create', { code: 'SO1', title: 'Faster clearance', status: 'active' })
  const so2 = await must(b, 'objectives:create', {
    code: 'SO2',
    title: 'Fair revenue',
    status: 'active',
  })
  const oc = await must(b, 'plan:createResult', {
    level: 'outcome',
    parentId: so2.id,
    statement: 'Valuation is controlled after release',
  })
  const op = await must(b, 'plan:createResult', {
    level: 'output',
    parentId: oc.id,
    statement: 'Audit unit staffed',
  })
  await must(b, 'plan:createActivity', {
    outputId: op.id,
    title: 'Map release processes',
    plannedStart: '2027-01-04',
    plannedEnd: '2027-02-26',
  })
}

describe('strategic plan journey (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  beforeAll(async () => {
    app = await startApp({ seed })
  })
  afterAll(async () => {
    await app?.close()
  })

  const ready = () => app.page.locator('main[data-view="plan"][data-state="ready"]').waitFor()
  const tab = (name: string) => app.page.getByRole('tab', { name }).click()
  const bar = () => app.page.getByRole('button', { name: /^1\.1\.1\.1 Draft procedures/ })
  const menu = async (name: string, item: string) => {
    await app.page.getByRole('button', { name }).click()
    await app.page.getByRole('menuitem', { name: item }).click()
  }

  it('shows the plan header and objectives, then builds a branch of the logframe', async () => {
    const { page } = app
    await page.evaluate(() => (window.location.hash = '#/plan'))
    await ready()
    await expect.poll(() => text(page.getByTestId('plan-period'))).toContain('2029')
    await app.screenshot('plan-01-overview')

    await tab('Logframe')
    await menu('More actions for objective 1', 'Add outcome')
    const outcome = page.getByRole('dialog', { name: 'New outcome under objective 1' })
    await outcome.getByLabel('Statement').fill('Release times fall by a third')
    await outcome.getByLabel('Assumptions').fill('Partner agencies staff the posts')
    await outcome.getByRole('button', { name: 'Save', exact: true }).click()
    await outcome.waitFor({ state: 'hidden' })

    await menu('More actions for outcome 1.1', 'Add output')
    const output = page.getByRole('dialog', { name: 'New output under outcome 1.1' })
    await output.getByLabel('Statement').fill('Selectivity criteria applied at all posts')
    await output.getByRole('button', { name: 'Save', exact: true }).click()
    await output.waitFor({ state: 'hidden' })

    await menu('More actions for output 1.1.1', 'Add activity')
    const form = page.getByRole('dialog', { name: 'New activity under output 1.1.1' })
    await form.getByLabel('Title', { exact: true }).fill('Draft procedures')
    await form.getByLabel('Planned start').fill('2027-03-01')
    await form.getByLabel('Planned end').fill('2027-04-30')
    await form.getByLabel('Owner', { exact: true }).fill('Grace Mbeki')
    await form.getByRole('button', { name: /Add a prerequisite/ }).click()
    await page.getByRole('option', { name: '2.1.1.1 Map release processes' }).click()
    await expect.poll(() => text(form.locator('.plan-chips'))).toContain('Map release processes')
    await form.getByRole('button', { name: 'Add milestone' }).click()
    await form.getByLabel('Title of milestone 1').fill('Procedures approved')
    await form.getByLabel('Due date of milestone 1').fill('2027-04-30')
    await app.screenshot('plan-02-activity-form')
    await form.getByRole('button', { name: 'Save', exact: true }).click()
    await form.waitFor({ state: 'hidden' })

    const row = page.locator('tr', { hasText: 'Draft procedures' })
    await expect.poll(() => text(row)).toContain('1.1.1.1')
    await expect.poll(() => text(page.getByRole('status').first())).toContain('1.1.1.1')
    await app.screenshot('plan-03-logframe')
  })

  it('renumbers when an objective moves, and back', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Move objective 2 up' }).click()
    await expect
      .poll(() => text(page.locator('tr', { hasText: 'Map release processes' })))
      .toContain('1.1.1.1')
    await expect
      .poll(() => text(page.locator('tr', { hasText: 'Draft procedures' })))
      .toContain('2.1.1.1')
    // Focus stayed on the moved objective's controls (its "up" is now disabled, so "down"),
    // so the keyboard user can carry on.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move objective 1 down')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => text(page.locator('tr', { hasText: 'Draft procedures' })))
      .toContain('1.1.1.1')
  })

  it('shows the activity on the timeline, zoomed by month and by quarter', async () => {
    const { page } = app
    await tab('Timeline')
    await expect.poll(() => bar().getAttribute('data-start')).toBe('2027-03-01')
    expect(await bar().getAttribute('aria-label')).toContain('Depends on 2.1.1.1')
    const scroller = page.locator('.tl-scroller')
    await expect.poll(() => scroller.getAttribute('data-zoom')).toBe('month')
    await expect.poll(() => text(page.locator('.tl-axis'))).toContain('Mar')
    await app.screenshot('plan-04-timeline-month')
    await page.getByRole('radio', { name: 'Quarters' }).check()
    await expect.poll(() => scroller.getAttribute('data-zoom')).toBe('quarter')
    await expect.poll(() => text(page.locator('.tl-axis'))).toContain('Q1')
    await app.screenshot('plan-05-timeline-quarter')
    await page.getByRole('radio', { name: 'Months' }).check()
    await expect.poll(() => scroller.getAttribute('data-zoom')).toBe('month')
  })

  it('changes dates on the timeline and the form shows the same dates', async () => {
    const { page } = app
    await bar().click()
    const dates = page.getByRole('dialog', { name: 'Dates of activity 1.1.1.1' })
    await dates.getByRole('button', { name: 'A week later' }).click()
    await dates.getByRole('button', { name: 'Save', exact: true }).click()
    await dates.waitFor({ state: 'hidden' })
    await expect.poll(() => bar().getAttribute('data-start')).toBe('2027-03-08')
    await expect.poll(() => bar().getAttribute('data-end')).toBe('2027-05-07')

    // From the keyboard: two weeks later, Shift+Left one week shorter, Enter saves.
    await bar().focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Shift+ArrowLeft')
    await expect.poll(() => bar().getAttribute('data-start')).toBe('2027-03-22')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => text(page.locator('main').getByRole('status').last()))
      .toContain('now runs from')
    await expect.poll(() => bar().getAttribute('data-end')).toBe('2027-05-14')

    await tab('Logframe')
    await page.getByRole('button', { name: 'Edit activity 1.1.1.1' }).click()
    const form = page.getByRole('dialog', { name: 'Edit activity 1.1.1.1' })
    await expect.poll(() => form.getByLabel('Planned start').inputValue()).toBe('2027-03-22')
    await expect.poll(() => form.getByLabel('Planned end').inputValue()).toBe('2027-05-14')
    // And the other way round: the form's dates appear on the timeline.
    await form.getByLabel('Planned end').fill('2027-06-30')
    await form.getByRole('button', { name: 'Save', exact: true }).click()
    await form.waitFor({ state: 'hidden' })
    await tab('Timeline')
    await expect.poll(() => bar().getAttribute('data-end')).toBe('2027-06-30')
    const saved = await app.backend.call('plan:get', undefined)
    const activity = saved.ok
      ? (saved.value as { activities: { title: string; plannedEnd: string }[] }).activities.find(
          (a) => a.title === 'Draft procedures',
        )
      : undefined
    expect(activity?.plannedEnd).toBe('2027-06-30')
  })

  it('refuses a dependency loop with a message naming the chain', async () => {
    const { page } = app
    await tab('Logframe')
    await page.getByRole('button', { name: 'Edit activity 2.1.1.1' }).click()
    const form = page.getByRole('dialog', { name: 'Edit activity 2.1.1.1' })
    await form.getByRole('button', { name: /Add a prerequisite/ }).click()
    await page.getByRole('option', { name: '1.1.1.1 Draft procedures' }).click()
    await form.getByRole('button', { name: 'Save', exact: true }).click()
    await expect
      .poll(() => text(form.getByRole('alert')))
      .toContain(
        'This dependency would create a loop, each activity waiting for the next: 2.1.1.1 “Map release processes” → 1.1.1.1 “Draft procedures” → 2.1.1.1 “Map release processes”.',
      )
    await app.screenshot('plan-06-cycle-refused')
    await form.getByRole('button', { name: 'Cancel' }).click()
    await form.waitFor({ state: 'hidden' })
  })

  it('refuses to delete an output that still has activities, saying what to move', async () => {
    const { page } = app
    await menu('More actions for output 1.1.1', 'Delete')
    const confirm = page.getByRole('alertdialog', { name: 'Delete output?' })
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await expect
      .poll(() => text(confirm.getByRole('alert')))
      .toBe(
        'The output 1.1.1 cannot be deleted: it still has 1 activity. Move or delete them first.',
      )
    await confirm.getByRole('button', { name: 'Cancel' }).click()
  })

  it('has no serious accessibility violations on the plan views', async () => {
    const { page } = app
    const found: Record<string, unknown> = {}
    for (const name of ['Overview', 'Logframe', 'Projects', 'Timeline']) {
      await tab(name)
      await page.locator(`[data-tab]`).first().waitFor()
      const violations = await seriousA11yViolations(page)
      if (violations.length) found[name] = violations
    }
    await bar().click()
    const violations = await seriousA11yViolations(page)
    if (violations.length) found['dates dialog'] = violations
    expect(found).toEqual({})
  })
})
