import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChannelName, ChannelOutput } from '../../shared/contract'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { offTrack } from '../../shared/domain/indicator-status'
import { seriousA11yViolations, startApp, text, type AppSession } from '../helpers/e2e'

// The head of unit's one screen on the demo administration: every figure must be the backend's.
describe('dashboard on the demo (real Chromium)', { timeout: 90_000 }, () => {
  let app: AppSession
  const problems: string[] = []
  beforeAll(async () => {
    app = await startApp({ seed: (b) => seedDemo(b.ctx) })
    app.page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text())
    })
  })
  afterAll(async () => {
    await app?.close()
  })

  async function backend<K extends ChannelName>(
    name: K,
    input: unknown,
  ): Promise<ChannelOutput<K>> {
    const r = await app.backend.call(name, input as never)
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`)
    return r.value as ChannelOutput<K>
  }

  const panel = (heading: string) => app.page.getByRole('region', { name: heading })
  const figure = (testId: string) => text(app.page.getByTestId(testId))

  const openDashboard = async () => {
    await app.page.evaluate(() => (window.location.hash = '#/dashboard'))
    await app.page.locator('main[data-view="dashboard"][data-state="ready"]').waitFor()
    await app.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
    for (const name of ['plan', 'indicators', 'risks', 'overdue', 'integrity', 'coverage'])
      await app.page.locator(`section[data-panel="${name}"][data-state="ready"]`).waitFor()
  }

  it('shows plan progress as the plan reports it', async () => {
    await openDashboard()
    const plan = await backend('plan:get', undefined)
    const counted = plan.activities.filter((a) => a.status !== 'cancelled')
    const late = counted.filter((a) => a.status !== 'completed' && a.plannedEnd < plan.today)
    expect(counted.length).toBeGreaterThan(0)
    await expect.poll(() => figure('plan-total')).toBe(String(counted.length))
    await expect
      .poll(() => figure('plan-completed'))
      .toBe(String(counted.filter((a) => a.status === 'completed').length))
    await expect.poll(() => figure('plan-late')).toBe(String(late.length))
    const rows = panel('Plan progress').getByTestId('plan-objective')
    await expect.poll(() => rows.count()).toBe(plan.objectives.length)
    await expect.poll(() => text(rows.first())).toContain(plan.objectives[0]!.code)
  })

  it('shows the off-track indicators the backend computes, red first', async () => {
    const late = offTrack(await backend('indicators:list', undefined))
    expect(late.length).toBeGreaterThan(0)
    const red = late.filter((i) => i.status === 'red').length
    await expect.poll(() => figure('indicators-red')).toBe(String(red))
    await expect.poll(() => figure('indicators-amber')).toBe(String(late.length - red))
    const items = panel('Indicators off track').getByTestId('off-track-indicator')
    await expect.poll(() => items.count()).toBe(Math.min(5, late.length))
    const first = await text(items.first())
    expect(first).toContain(late[0]!.code)
    expect(first).toMatch(late[0]!.status === 'red' ? /Red/ : /Amber/)
  })

  it('lists the five highest residual risks and what is overdue', async () => {
    const { risks } = await backend('risks:list', {})
    const top = [...risks].sort((a, b) => b.residualScore - a.residualScore).slice(0, 5)
    const items = panel('Top risks').getByTestId('top-risk')
    await expect.poll(() => items.count()).toBe(top.length)
    const firstRow = await text(items.first())
    expect(firstRow).toContain(top[0]!.code)
    expect(firstRow).toContain(String(top[0]!.residualScore))
    const reviews = risks.filter((r) => r.reviewOverdue).length
    await expect
      .poll(() => figure('risk-reviews-overdue'))
      .toMatch(new RegExp(`^${reviews} review`))
    const riskActions = risks.flatMap((r) => r.actions.filter((a) => a.overdue))
    const integrity = await backend('integrity:get', {})
    const integrityActions = integrity.actions.filter((a) => a.overdue)
    const total = riskActions.length + integrityActions.length
    if (total === 0) {
      await expect.poll(() => text(panel('Overdue actions'))).toContain('No action is overdue')
    } else {
      await expect.poll(() => figure('overdue-count')).toMatch(new RegExp(`^${total} action`))
      const rows = panel('Overdue actions').getByTestId('overdue-action')
      await expect.poll(() => rows.count()).toBe(Math.min(5, total))
      await expect.poll(() => text(rows.first())).toMatch(/Due /)
    }
  })

  it('shows integrity progress per factor and the coverage gaps', async () => {
    const integrity = await backend('integrity:get', {})
    const factors = panel('Integrity action plan').getByTestId('integrity-factor')
    await expect.poll(() => factors.count()).toBe(integrity.framework!.factors.length)
    const done = integrity.overview.reduce((s, o) => s + o.progress.done, 0)
    const total = integrity.overview.reduce((s, o) => s + o.progress.total, 0)
    await expect.poll(() => figure('integrity-overall')).toBe(`${done} of ${total} actions done`)

    const coverage = await backend('assessments:coverage', {})
    const notCovered = coverage.counts.not_covered
    if (notCovered > 0) {
      await expect.poll(() => figure('coverage-not-covered')).toMatch(new RegExp(`^${notCovered} `))
      await expect
        .poll(() => app.page.locator('section[data-panel="coverage"]').getAttribute('class'))
        .toContain('dash-panel-alert')
    }
    await app.screenshot('dashboard-demo')
  })

  it('has no serious accessibility violations and fits 1024×768', async () => {
    expect(await seriousA11yViolations(app.page)).toEqual([])
    await app.page.setViewportSize({ width: 1024, height: 768 })
    const overflow = await app.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await app.screenshot('dashboard-demo-1024')
    await app.page.setViewportSize({ width: 1280, height: 800 })
    expect(problems).toEqual([])
  })

  it('links to the full off-track list', async () => {
    await panel('Indicators off track')
      .getByRole('link', { name: 'See all off-track indicators' })
      .click()
    await app.page.locator('main[data-view="indicators"][data-state="ready"]').waitFor()
    await expect
      .poll(() => app.page.evaluate(() => window.location.hash))
      .toBe('#/indicators/off-track')
    await app.page
      .getByRole('heading', { level: 2, name: 'Off-track indicators' })
      .first()
      .waitFor()
  })
})
