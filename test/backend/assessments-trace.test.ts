import { describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { count } from '../helpers/temp-backend'
import {
  auditActions,
  createDf,
  failure,
  item,
  ok,
  packBackend,
  score,
} from './assessments-fixtures'

const AT = '2026-01-01T00:00:00Z'

/** Two objectives, an outcome and an output under SO1, and an activity under the output. */
async function seedPlan(b: Backend) {
  const so1 = await ok(b, 'objectives:create', { code: 'SO1', title: 'Faster clearance' })
  const so2 = await ok(b, 'objectives:create', { code: 'SO2', title: 'Fair revenue' })
  const db = b.ctx.db
  // The plan domain owns these tables; rows are written directly so this test needs only them.
  await db.updateTable('objectives').set({ position: 1 }).where('id', '=', so1.id).execute()
  await db.updateTable('objectives').set({ position: 2 }).where('id', '=', so2.id).execute()
  const result = async (
    objectiveId: number,
    parentId: number | null,
    level: 'outcome' | 'output',
    position: number,
    statement: string,
  ) =>
    (
      await db
        .insertInto('results')
        .values({
          objective_id: objectiveId,
          parent_id: parentId,
          level,
          position,
          statement,
          created_at: AT,
          updated_at: AT,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  const other = await result(so1.id, null, 'outcome', 1, 'Release times fall')
  const outcome = await result(so1.id, null, 'outcome', 2, 'Risk-based selectivity in use')
  const output = await result(so1.id, outcome, 'output', 1, 'Targeting centre operational')
  const { id: activity } = await db
    .insertInto('activities')
    .values({
      output_id: output,
      position: 1,
      title: 'Recruit and train targeting officers',
      planned_start: '2026-07-01',
      planned_end: '2026-12-31',
      status: 'not_started',
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { so1, so2, other, outcome, output, activity }
}

/** A DF assessment with one accepted recommendation on a wide gap, and a few others. */
async function seedAssessment(b: Backend) {
  const a = await createDf(b, { areas: ['DF.1', 'DF.4'] })
  await score(b, a.id, 'DF.4.2', 1, 4, { desiredState: 'Selectivity driven by risk profiles' })
  await score(b, a.id, 'DF.1.1', 3, 4)
  await score(b, a.id, 'DF.1.2', 2, 3)
  await score(b, a.id, 'DF.1.3', 1, 4, { notApplicable: true })
  const rec = async (
    code: string,
    text: string,
    priority: 'high' | 'medium' | 'low',
    accepted: 'yes' | 'partly' | 'no' | 'pending',
  ) =>
    ok(b, 'assessments:addRecommendation', {
      assessmentItemId: (await item(b, a.id, code)).id,
      text,
      priority,
      horizon: 'short',
      accepted,
    })
  return {
    a,
    targeting: await rec('DF.4.2', 'Set up a national targeting centre', 'high', 'yes'),
    kpis: await rec('DF.1.2', 'Publish a KPI dashboard', 'medium', 'partly'),
    pending: await rec('DF.1.1', 'Refresh the plan', 'low', 'pending'),
    rejected: await rec('DF.1.1', 'Outsource planning', 'high', 'no'),
    highOnSmallGap: await rec('DF.1.2', 'Train managers in performance review', 'high', 'pending'),
  }
}

describe('plan targets', () => {
  it('lists objectives, outcomes, outputs and activities with the plan’s dotted numbers', async () => {
    const b = await packBackend()
    await seedPlan(b)
    const targets = await ok(b, 'assessments:planTargets', undefined)
    expect(targets.map((t) => [t.number, t.level, t.code ?? t.label])).toEqual([
      ['1', 'objective', 'SO1'],
      ['1.1', 'outcome', 'Release times fall'],
      ['1.2', 'outcome', 'Risk-based selectivity in use'],
      ['1.2.1', 'output', 'Targeting centre operational'],
      ['1.2.1.1', 'activity', 'Recruit and train targeting officers'],
      ['2', 'objective', 'SO2'],
    ])
  })
})

describe('coverage', () => {
  it('lists accepted recommendations and high-priority gaps, not covered first', async () => {
    const b = await packBackend()
    await seedPlan(b)
    const s = await seedAssessment(b)
    const report = await ok(b, 'assessments:coverage', {})
    const rows = report.entries.map((e) => [e.sourceType, e.itemCode, e.text, e.status])
    expect(rows).toEqual([
      // DF.1.2: gap of 1 only, but it carries a high-priority (not rejected) recommendation.
      ['gap', 'DF.1.2', '', 'not_covered'],
      ['recommendation', 'DF.1.2', 'Publish a KPI dashboard', 'not_covered'],
      ['gap', 'DF.4.2', 'Selectivity driven by risk profiles', 'not_covered'],
      ['recommendation', 'DF.4.2', 'Set up a national targeting centre', 'not_covered'],
    ])
    // Pending and rejected recommendations, closed gaps and not-applicable items stay out.
    expect(report.counts).toEqual({ not_covered: 4, deferred: 0, addressed: 0, total: 4 })
    expect(report.assessments).toEqual([{ id: s.a.id, title: s.a.title }])
  })

  it('turns addressed when linked, deferred with a reason, and orders them after the rest', async () => {
    const b = await packBackend()
    const plan = await seedPlan(b)
    const s = await seedAssessment(b)
    const link = await ok(b, 'assessments:link', {
      sourceType: 'recommendation',
      sourceId: s.targeting.id,
      targetType: 'result',
      targetId: plan.output,
    })
    expect(link).toMatchObject({
      number: '1.2.1',
      level: 'output',
      label: 'Targeting centre operational',
    })
    const gap = await item(b, s.a.id, 'DF.1.2')
    await ok(b, 'assessments:defer', {
      sourceType: 'gap',
      sourceId: gap.id,
      version: gap.version,
      reason: 'Waits for the new statistics law (2027)',
    })
    const report = await ok(b, 'assessments:coverage', { assessmentId: s.a.id })
    expect(report.entries.map((e) => [e.sourceType, e.itemCode, e.status])).toEqual([
      ['recommendation', 'DF.1.2', 'not_covered'],
      ['gap', 'DF.1.2', 'deferred'],
      // The gap is answered through its linked recommendation.
      ['gap', 'DF.4.2', 'addressed'],
      ['recommendation', 'DF.4.2', 'addressed'],
    ])
    expect(report.entries[1]!.deferredReason).toBe('Waits for the new statistics law (2027)')
    expect(report.entries[3]!.links.map((l) => l.number)).toEqual(['1.2.1'])
    expect(report.counts).toEqual({ not_covered: 1, deferred: 1, addressed: 2, total: 4 })

    await ok(b, 'assessments:unlink', { linkId: link.id })
    const after = await ok(b, 'assessments:coverage', { assessmentId: s.a.id })
    expect(after.counts).toMatchObject({ not_covered: 3, addressed: 0 })
    expect(await auditActions(b, 'trace_link')).toEqual(['create', 'delete'])
    expect(await auditActions(b, 'assessment_item')).toContain('defer')
  })

  it('refuses duplicate links, missing targets, blank reasons and deferring what is linked', async () => {
    const b = await packBackend()
    const plan = await seedPlan(b)
    const s = await seedAssessment(b)
    const linkTo = (
      targetId: number,
      targetType: 'objective' | 'result' | 'activity' = 'objective',
    ) =>
      b.call('assessments:link', {
        sourceType: 'recommendation',
        sourceId: s.targeting.id,
        targetType,
        targetId,
      })
    expect((await linkTo(plan.so1.id)).ok).toBe(true)
    const dup = await linkTo(plan.so1.id)
    expect(!dup.ok && dup.error.code).toBe('conflict')
    const gone = await linkTo(9999, 'activity')
    expect(!gone.ok && gone.error.code).toBe('not_found')
    const blank = await failure(b, 'assessments:defer', {
      sourceType: 'recommendation',
      sourceId: s.kpis.id,
      version: s.kpis.version,
      reason: '   ',
    })
    expect(blank.details?.[0]).toMatchObject({ path: 'reason', code: 'required' })
    const linked = await failure(b, 'assessments:defer', {
      sourceType: 'recommendation',
      sourceId: s.targeting.id,
      version: s.targeting.version,
      reason: 'Later',
    })
    expect(linked.code).toBe('conflict')
    expect(await count(b, 'trace_links')).toBe(1)
  })

  it('withdraws a deferral, so the item is not covered again', async () => {
    const b = await packBackend()
    await seedPlan(b)
    const s = await seedAssessment(b)
    const deferred = await ok(b, 'assessments:defer', {
      sourceType: 'recommendation',
      sourceId: s.kpis.id,
      version: s.kpis.version,
      reason: 'No budget before 2028',
    })
    await ok(b, 'assessments:clearDeferral', {
      sourceType: 'recommendation',
      sourceId: s.kpis.id,
      version: deferred.version,
    })
    const entry = (await ok(b, 'assessments:coverage', {})).entries.find(
      (e) => e.sourceType === 'recommendation' && e.sourceId === s.kpis.id,
    )!
    expect(entry).toMatchObject({ status: 'not_covered', deferredReason: null })
    expect((await auditActions(b, 'recommendation')).slice(-2)).toEqual(['defer', 'clear_deferral'])
  })

  it('creates an objective from a gap and links it in one step, or does neither', async () => {
    const b = await packBackend()
    await seedPlan(b)
    const s = await seedAssessment(b)
    const gap = await item(b, s.a.id, 'DF.4.2')
    const made = await ok(b, 'assessments:createObjectiveFromGap', {
      sourceType: 'gap',
      sourceId: gap.id,
      code: 'SO6',
      title: 'Risk-based selectivity at every border post',
      owner: 'Director, Risk Management',
    })
    expect(made.link).toMatchObject({
      targetType: 'objective',
      number: '3',
      label: expect.stringContaining('SO6'),
    })
    const entry = (await ok(b, 'assessments:coverage', {})).entries.find(
      (e) => e.sourceType === 'gap' && e.sourceId === gap.id,
    )!
    expect(entry.status).toBe('addressed')
    const audits = await count(b, 'audit_log')
    const objectives = await count(b, 'objectives')
    const duplicate = await failure(b, 'assessments:createObjectiveFromGap', {
      sourceType: 'recommendation',
      sourceId: s.kpis.id,
      code: 'so6',
      title: 'Duplicate code',
    })
    expect(duplicate.code).toBe('conflict')
    expect(await count(b, 'objectives')).toBe(objectives)
    expect(await count(b, 'trace_links')).toBe(1)
    expect(await count(b, 'audit_log')).toBe(audits)
  })

  it('forgets links to a part of the plan that is deleted, so a reused id never inherits them', async () => {
    const b = await packBackend()
    const plan = await seedPlan(b)
    const s = await seedAssessment(b)
    await ok(b, 'assessments:link', {
      sourceType: 'recommendation',
      sourceId: s.targeting.id,
      targetType: 'objective',
      targetId: plan.so2.id,
    })
    // The plan refuses to delete a linked element; the trigger is the safety net beneath it.
    await b.ctx.db.deleteFrom('objectives').where('id', '=', plan.so2.id).execute()
    expect(await count(b, 'trace_links')).toBe(0)
    const entry = (await ok(b, 'assessments:coverage', {})).entries.find(
      (e) => e.sourceType === 'recommendation' && e.sourceId === s.targeting.id,
    )!
    expect(entry.status).toBe('not_covered')
  })

  it('looks only at the latest cycle unless an assessment is named', async () => {
    const b = await packBackend()
    await seedPlan(b)
    const s = await seedAssessment(b)
    const next = await ok(b, 'assessments:startCycle', {
      fromId: s.a.id,
      type: 'self_assessment',
      title: 'Self-assessment 2027',
      lead: 'self',
    })
    const report = await ok(b, 'assessments:coverage', undefined)
    expect(report.assessments.map((a) => a.id)).toEqual([next.id])
    // Carried gaps are still gaps; the earlier cycle's recommendations stay with it.
    expect(report.entries.map((e) => [e.sourceType, e.itemCode])).toEqual([['gap', 'DF.4.2']])
    expect((await ok(b, 'assessments:coverage', { assessmentId: s.a.id })).counts.total).toBe(4)
  })
})
