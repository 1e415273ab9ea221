import { describe, expect, it } from 'vitest'
import type { PlanData } from '../../shared/contract'
import { count, tempBackend } from '../helpers/temp-backend'
import {
  activity,
  auditTrail,
  headerInput,
  must,
  plan,
  refused,
  resultInput,
  smallPlan,
} from './plan-fixtures'

const numbers = (p: PlanData) => ({
  objectives: p.objectives.map((o) => `${o.number} ${o.code}`),
  results: p.results.map((r) => `${r.number} ${r.statement}`),
  activities: p.activities.map((a) => `${a.number} ${a.title}`),
})

describe('plan header', () => {
  it('saves vision, mission, impact and period, each save audited and versioned', async () => {
    const b = await tempBackend()
    const first = await must(b, 'plan:saveHeader', {
      version: 0,
      vision: 'A trusted, modern customs service',
      mission: 'Facilitate legitimate trade',
      impact: 'Trade costs fall and revenue rises',
      impactAssumptions: 'Macroeconomic stability',
      periodStart: '2026-07-01',
      periodEnd: '2029-06-30',
    })
    expect(first).toMatchObject({ version: 1, periodEnd: '2029-06-30' })
    const second = await must(b, 'plan:saveHeader', { ...headerInput(first), vision: 'Changed' })
    expect(second.version).toBe(2)
    expect((await plan(b)).header.vision).toBe('Changed')
    expect(await auditTrail(b)).toEqual(['plan:create', 'plan:update'])
    // A stale copy is refused.
    expect((await refused(b, 'plan:saveHeader', headerInput(first))).code).toBe('conflict')
  })

  it('refuses a period that ends before it starts, or with one end only, naming the field', async () => {
    const b = await tempBackend()
    const backwards = await refused(b, 'plan:saveHeader', {
      version: 0,
      periodStart: '2029-06-30',
      periodEnd: '2026-07-01',
    })
    expect(backwards.code).toBe('validation')
    expect(backwards.message).toBe('The plan period must end after it starts (2029-06-30).')
    expect(backwards.details?.[0]?.path).toBe('periodEnd')
    const half = await refused(b, 'plan:saveHeader', { version: 0, periodStart: '2026-07-01' })
    expect(half.message).toContain('Give both the start and the end of the plan period')
    const notADate = await refused(b, 'plan:saveHeader', { version: 0, periodStart: '2026-02-30' })
    expect(notADate.message).toBe('Plan period start is not a real calendar date.')
    expect(await count(b, 'plan')).toBe(0)
    expect(await count(b, 'audit_log')).toBe(0)
  })

  it('refuses a narrower period that would leave an activity outside it', async () => {
    const b = await tempBackend()
    const { op1 } = await smallPlan(b)
    await must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))
    const header = (await plan(b)).header
    const e = await refused(b, 'plan:saveHeader', {
      ...headerInput(header),
      periodStart: '2027-02-01',
    })
    expect(e.message).toContain(
      'activity 1.1.1.1 “Map release processes” (2027-01-01 to 2027-03-31)',
    )
    expect(e.details?.[0]?.path).toBe('periodStart')
    expect((await plan(b)).header.periodStart).toBe('2026-07-01')
  })
})

describe('logframe numbering', () => {
  it('numbers objective 1, outcome 1.2, output 1.2.3 and activity 1.2.3.4', async () => {
    const b = await tempBackend()
    const { op1, op2 } = await smallPlan(b)
    await must(b, 'plan:createActivity', activity(op2.id, 'Publish pre-arrival guidance'))
    await must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))
    await must(b, 'plan:createActivity', activity(op1.id, 'Train risk officers'))
    expect(numbers(await plan(b))).toEqual({
      objectives: ['1 SO1', '2 SO2'],
      results: [
        '1.1 Release times fall',
        '1.1.1 Risk engine in use',
        '1.1.2 Pre-arrival processing live',
        '1.2 Traders comply voluntarily',
      ],
      activities: [
        '1.1.1.1 Map release processes',
        '1.1.1.2 Train risk officers',
        '1.1.2.1 Publish pre-arrival guidance',
      ],
    })
  })

  it('renumbers everything beneath an item when it moves up, down or to another parent', async () => {
    const b = await tempBackend()
    const { so2, oc1, oc2, op1 } = await smallPlan(b)
    await must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))

    await must(b, 'plan:move', { kind: 'outcome', id: oc1.id, version: 1, direction: 'down' })
    expect(numbers(await plan(b)).results).toEqual([
      '1.1 Traders comply voluntarily',
      '1.2 Release times fall',
      '1.2.1 Risk engine in use',
      '1.2.2 Pre-arrival processing live',
    ])
    expect(numbers(await plan(b)).activities).toEqual(['1.2.1.1 Map release processes'])

    await must(b, 'plan:move', { kind: 'objective', id: so2.id, version: 1, direction: 'up' })
    expect(numbers(await plan(b)).objectives).toEqual(['1 SO2', '2 SO1'])
    expect(numbers(await plan(b)).activities).toEqual(['2.2.1.1 Map release processes'])
    // The objectives list follows the logframe order too.
    expect((await must(b, 'objectives:list', undefined)).map((o) => o.code)).toEqual(['SO2', 'SO1'])

    await must(b, 'plan:reparent', { kind: 'output', id: op1.id, version: 1, parentId: oc2.id })
    const p = await plan(b)
    expect(numbers(p).results).toContain('2.1.1 Risk engine in use')
    expect(numbers(p).results).toContain('2.2.1 Pre-arrival processing live')
    expect(numbers(p).activities).toEqual(['2.1.1.1 Map release processes'])

    await must(b, 'plan:reparent', { kind: 'outcome', id: oc2.id, version: 1, parentId: so2.id })
    const moved = await plan(b)
    expect(numbers(moved).activities).toEqual(['1.1.1.1 Map release processes'])
    // Outputs travel with their outcome to the new objective.
    expect(moved.results.find((r) => r.id === op1.id)?.objectiveId).toBe(so2.id)

    const moves = (await auditTrail(b)).filter((a) => a.endsWith(':move'))
    expect(moves).toEqual(['outcome:move', 'objective:move', 'output:move', 'outcome:move'])
  })

  it('refuses a move past the edge, to the same parent, with a stale version or to the wrong level', async () => {
    const b = await tempBackend()
    const { so1, oc1, op1 } = await smallPlan(b)
    const edge = await refused(b, 'plan:move', {
      kind: 'outcome',
      id: oc1.id,
      version: 1,
      direction: 'up',
    })
    expect(edge.message).toBe(
      'Outcome 1.1 is already the first at its level; it cannot move further up.',
    )
    const same = await refused(b, 'plan:reparent', {
      kind: 'outcome',
      id: oc1.id,
      version: 1,
      parentId: so1.id,
    })
    expect(same.message).toContain('Outcome 1.1 is already there')
    expect(
      (
        await refused(b, 'plan:move', {
          kind: 'outcome',
          id: oc1.id,
          version: 9,
          direction: 'down',
        })
      ).code,
    ).toBe('conflict')
    // An output cannot be placed under an output.
    const wrong = await refused(b, 'plan:reparent', {
      kind: 'output',
      id: op1.id,
      version: 1,
      parentId: op1.id,
    })
    expect(wrong.code).toBe('not_found')
    expect((await auditTrail(b)).filter((a) => a.endsWith(':move'))).toEqual([])
  })
})

describe('deleting plan items', () => {
  it('refuses to delete anything that still has children or dependants, saying what to move', async () => {
    const b = await tempBackend()
    const { so1, oc1, op1 } = await smallPlan(b)
    const first = await must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))
    await must(
      b,
      'plan:createActivity',
      activity(op1.id, 'Train risk officers', {
        plannedStart: '2027-04-01',
        plannedEnd: '2027-06-30',
        dependsOn: [first.id],
      }),
    )
    const objective = await refused(b, 'objectives:delete', { id: so1.id })
    expect(objective.message).toBe(
      'Objective SO1 cannot be deleted: it still has 2 outcomes. Move or delete them first.',
    )
    expect((await refused(b, 'plan:deleteResult', { id: oc1.id })).message).toBe(
      'Outcome 1.1 cannot be deleted: it still has 2 outputs. Move or delete them first.',
    )
    expect((await refused(b, 'plan:deleteResult', { id: op1.id })).message).toBe(
      'Output 1.1.1 cannot be deleted: it still has 2 activities. Move or delete them first.',
    )
    const prerequisite = await refused(b, 'plan:deleteActivity', { id: first.id })
    expect(prerequisite.message).toContain(
      'Activity 1.1.1.1 cannot be deleted: it still has 1 activity that depends on it.',
    )
    expect(prerequisite.message).toContain('Waiting on it: 1.1.1.2 “Train risk officers”.')
    expect(await count(b, 'activities')).toBe(2)
    expect(await count(b, 'results')).toBe(4)
  })

  it('refuses to delete an objective an indicator measures', async () => {
    const b = await tempBackend()
    const so = await must(b, 'objectives:create', { code: 'SO9', title: 'Integrity' })
    await b.ctx.db
      .insertInto('indicators')
      .values({
        code: 'K1',
        name: 'Complaints resolved',
        direction: 'higher_is_better',
        frequency: 'yearly',
        objective_id: so.id,
        created_at: 'x',
        updated_at: 'x',
      })
      .execute()
    expect((await refused(b, 'objectives:delete', { id: so.id })).message).toBe(
      'Objective SO9 cannot be deleted: it still has 1 indicator. Move or delete them first.',
    )
  })

  it('deletes leaves, renumbers the rest and audits each delete', async () => {
    const b = await tempBackend()
    const { so2, oc2, op1, op2 } = await smallPlan(b)
    const a = await must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))
    await must(b, 'plan:deleteActivity', { id: a.id })
    await must(b, 'plan:deleteResult', { id: op1.id })
    expect((await plan(b)).results.find((r) => r.id === op2.id)?.number).toBe('1.1.1')
    await must(b, 'plan:deleteResult', { id: oc2.id })
    await must(b, 'objectives:delete', { id: so2.id })
    expect((await auditTrail(b)).slice(-4)).toEqual([
      'activity:delete',
      'output:delete',
      'outcome:delete',
      'objective:delete',
    ])
  })
})

describe('projects', () => {
  it('groups outputs and activities, and cannot be deleted while they belong to it', async () => {
    const b = await tempBackend()
    const { oc1, op1 } = await smallPlan(b)
    const project = await must(b, 'plan:createProject', {
      code: 'NSW',
      title: 'National single window',
      status: 'active',
      plannedStart: '2026-09-01',
      plannedEnd: '2028-12-31',
    })
    await must(b, 'plan:updateResult', { ...resultInput(op1), projectId: project.id })
    const outcome = await refused(b, 'plan:updateResult', {
      ...resultInput(oc1),
      projectId: project.id,
    })
    expect(outcome.details?.[0]?.path).toBe('projectId')
    expect((await refused(b, 'plan:deleteProject', { id: project.id })).message).toBe(
      'Project NSW cannot be deleted: it still has 1 output. Move or delete them first.',
    )
    const dup = await refused(b, 'plan:createProject', { code: 'nsw', title: 'Again' })
    expect(dup.message).toBe(
      'Code nsw is already used by project “National single window”. Choose a different code.',
    )
    const outside = await refused(b, 'plan:createProject', {
      code: 'LATE',
      title: 'Too late',
      plannedStart: '2029-01-01',
      plannedEnd: '2030-01-01',
    })
    expect(outside.message).toBe(
      'Planned end must fall within the plan period, 2026-07-01 to 2029-06-30.',
    )
    expect((await plan(b)).projects.map((p) => p.code)).toEqual(['NSW'])
  })

  it('stores markup as plain text', async () => {
    const b = await tempBackend()
    const { so1 } = await smallPlan(b)
    const r = await must(b, 'plan:createResult', {
      level: 'outcome',
      parentId: so1.id,
      statement: '<script>alert(1)</script> & more',
    })
    expect((await plan(b)).results.find((x) => x.id === r.id)?.statement).toBe(
      '<script>alert(1)</script> & more',
    )
  })
})
