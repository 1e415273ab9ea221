import { describe, expect, it } from 'vitest'
import { seedDemo } from '../../electron/backend/demo/demo-seed'
import { verifyAudit } from '../../electron/backend/audit/audit-repo'
import { inTransaction } from '../../electron/backend/db/transaction'
import { cycleIfAdded } from '../../shared/domain/dependencies'
import { withinPeriod } from '../../shared/domain/plan-dates'
import { brokenLinks, isLate } from '../../shared/domain/schedule'
import { tempBackend } from '../helpers/temp-backend'
import { auditTrail, plan } from './plan-fixtures'

// The whole demo goes through every domain's services; on PostgreSQL (and on a first run that
// builds the migrated template database) that takes longer than the default 20 s.
describe('the demo plan', { timeout: 60_000 }, () => {
  it('is a three-year logframe with about sixty activities, projects, links and milestones', async () => {
    const b = await tempBackend()
    // The CLI seeds the demo inside one transaction; do the same.
    await inTransaction(b.ctx, (tx) => seedDemo(tx))
    const p = await plan(b)
    expect(p.header).toMatchObject({ periodStart: '2026-07-01', periodEnd: '2029-06-30' })
    expect(p.header.vision).not.toBe('')
    expect(p.objectives.map((o) => `${o.number} ${o.code}`)).toEqual([
      '1 SO1',
      '2 SO2',
      '3 SO3',
      '4 SO4',
      '5 SO5',
    ])
    // Every objective has outcomes and every outcome outputs.
    for (const o of p.objectives) {
      const outcomes = p.results.filter((r) => r.level === 'outcome' && r.objectiveId === o.id)
      expect(outcomes.length).toBeGreaterThan(0)
      for (const oc of outcomes) expect(p.results.some((r) => r.parentId === oc.id)).toBe(true)
    }
    expect(p.projects.map((x) => x.code)).toEqual(['HRC', 'INT', 'NDS', 'NSW', 'PCA'])
    expect(p.activities.length).toBeGreaterThanOrEqual(55)
    expect(p.activities.length).toBeLessThanOrEqual(65)
    expect(p.activities.filter((a) => a.projectId !== null).length).toBeGreaterThan(30)

    const links = p.activities.flatMap((a) =>
      a.dependsOn.map((d) => ({ activityId: a.id, dependsOnId: d })),
    )
    expect(links.length).toBeGreaterThan(25)
    // No cycles: no link would close a loop with all the others.
    for (const l of links) {
      expect(
        cycleIfAdded(
          links.filter((x) => x !== l),
          l,
        ),
      ).toBeNull()
    }
    // The schedule honours every finish-to-start link.
    expect(brokenLinks(p.activities, links)).toEqual([])
    expect(p.activities.flatMap((a) => a.milestones).length).toBeGreaterThanOrEqual(15)

    const period = { start: '2026-07-01', end: '2029-06-30' }
    for (const a of p.activities) {
      expect(withinPeriod(a.plannedStart, period) && withinPeriod(a.plannedEnd, period)).toBe(true)
    }
  })

  it('has statuses consistent with 27 November 2026: some done, some under way, some late', async () => {
    const b = await tempBackend()
    await inTransaction(b.ctx, (tx) => seedDemo(tx))
    const p = await plan(b)
    expect(p.today).toBe('2026-11-27')
    const by = (s: string) => p.activities.filter((a) => a.status === s)
    expect(by('completed').length).toBeGreaterThanOrEqual(5)
    expect(by('in_progress').length).toBeGreaterThanOrEqual(10)
    for (const a of by('completed')) {
      expect(a.percentComplete).toBe(100)
      expect(a.actualEnd! <= p.today).toBe(true)
    }
    for (const a of by('not_started')) expect(a.actualStart).toBeNull()
    const late = p.activities.filter((a) => isLate(a, p.today)).map((a) => a.title)
    expect(late.length).toBeGreaterThanOrEqual(3)
    expect(late).toContain('Draft the pre-arrival processing procedure')
  })

  it('goes through the audited services, leaving an intact trail', async () => {
    const b = await tempBackend()
    await inTransaction(b.ctx, (tx) => seedDemo(tx))
    const trail = await auditTrail(b)
    expect(trail.filter((t) => t === 'activity:create').length).toBe(
      (await plan(b)).activities.length,
    )
    expect(trail).toContain('plan:create')
    expect(trail.filter((t) => t === 'project:create').length).toBe(5)
    expect((await verifyAudit(b.ctx)).intact).toBe(true)
  })
})
