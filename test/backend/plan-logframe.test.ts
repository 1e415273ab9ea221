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
  it('saves vision, mission, impact and period, each save audited and versioned', () => {
    const b = tempBackend()
    const first = must(b, 'plan:saveHeader', {
      version: 0,
      vision: 'A trusted, modern customs service',
      mission: 'Facilitate legitimate trade',
      impact: 'Trade costs fall and revenue rises',
      impactAssumptions: 'Macroeconomic stability',
      periodStart: '2026-07-01',
      periodEnd: '2029-06-30',
    })
    expect(first).toMatchObject({ version: 1, periodEnd: '2029-06-30' })
    const second = must(b, 'plan:saveHeader', { ...headerInput(first), vision: 'Changed' })
    expect(second.version).toBe(2)
    expect(plan(b).header.vision).toBe('Changed')
    expect(auditTrail(b)).toEqual(['plan:create', 'plan:update'])
    // A stale copy is refused.
    expect(refused(b, 'plan:saveHeader', headerInput(first)).code).toBe('conflict')
  })

  it('refuses a period that ends before it starts, or with one end only, naming the field', () => {
    const b = tempBackend()
    const backwards = refused(b, 'plan:saveHeader', {
      version: 0,
      periodStart: '2029-06-30',
      periodEnd: '2026-07-01',
    })
    expect(backwards.code).toBe('validation')
    expect(backwards.message).toBe('The plan period must end after it starts (2029-06-30).')
    expect(backwards.details?.[0]?.path).toBe('periodEnd')
    const half = refused(b, 'plan:saveHeader', { version: 0, periodStart: '2026-07-01' })
    expect(half.message).toContain('Give both the start and the end of the plan period')
    const notADate = refused(b, 'plan:saveHeader', { version: 0, periodStart: '2026-02-30' })
    expect(notADate.message).toBe('Plan period start is not a real calendar date.')
    expect(count(b, 'plan')).toBe(0)
    expect(count(b, 'audit_log')).toBe(0)
  })

  it('refuses a narrower period that would leave an activity outside it', () => {
    const b = tempBackend()
    const { op1 } = smallPlan(b)
    must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))
    const header = plan(b).header
    const e = refused(b, 'plan:saveHeader', { ...headerInput(header), periodStart: '2027-02-01' })
    expect(e.message).toContain(
      'activity 1.1.1.1 “Map release processes” (2027-01-01 to 2027-03-31)',
    )
    expect(e.details?.[0]?.path).toBe('periodStart')
    expect(plan(b).header.periodStart).toBe('2026-07-01')
  })
})

describe('logframe numbering', () => {
  it('numbers objective 1, outcome 1.2, output 1.2.3 and activity 1.2.3.4', () => {
    const b = tempBackend()
    const { op1, op2 } = smallPlan(b)
    must(b, 'plan:createActivity', activity(op2.id, 'Publish pre-arrival guidance'))
    must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))
    must(b, 'plan:createActivity', activity(op1.id, 'Train risk officers'))
    expect(numbers(plan(b))).toEqual({
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

  it('renumbers everything beneath an item when it moves up, down or to another parent', () => {
    const b = tempBackend()
    const { so2, oc1, oc2, op1 } = smallPlan(b)
    must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))

    must(b, 'plan:move', { kind: 'outcome', id: oc1.id, version: 1, direction: 'down' })
    expect(numbers(plan(b)).results).toEqual([
      '1.1 Traders comply voluntarily',
      '1.2 Release times fall',
      '1.2.1 Risk engine in use',
      '1.2.2 Pre-arrival processing live',
    ])
    expect(numbers(plan(b)).activities).toEqual(['1.2.1.1 Map release processes'])

    must(b, 'plan:move', { kind: 'objective', id: so2.id, version: 1, direction: 'up' })
    expect(numbers(plan(b)).objectives).toEqual(['1 SO2', '2 SO1'])
    expect(numbers(plan(b)).activities).toEqual(['2.2.1.1 Map release processes'])
    // The objectives list follows the logframe order too.
    expect(must(b, 'objectives:list', undefined).map((o) => o.code)).toEqual(['SO2', 'SO1'])

    must(b, 'plan:reparent', { kind: 'output', id: op1.id, version: 1, parentId: oc2.id })
    const p = plan(b)
    expect(numbers(p).results).toContain('2.1.1 Risk engine in use')
    expect(numbers(p).results).toContain('2.2.1 Pre-arrival processing live')
    expect(numbers(p).activities).toEqual(['2.1.1.1 Map release processes'])

    must(b, 'plan:reparent', { kind: 'outcome', id: oc2.id, version: 1, parentId: so2.id })
    const moved = plan(b)
    expect(numbers(moved).activities).toEqual(['1.1.1.1 Map release processes'])
    // Outputs travel with their outcome to the new objective.
    expect(moved.results.find((r) => r.id === op1.id)?.objectiveId).toBe(so2.id)

    const moves = auditTrail(b).filter((a) => a.endsWith(':move'))
    expect(moves).toEqual(['outcome:move', 'objective:move', 'output:move', 'outcome:move'])
  })

  it('refuses a move past the edge, to the same parent, with a stale version or to the wrong level', () => {
    const b = tempBackend()
    const { so1, oc1, op1 } = smallPlan(b)
    const edge = refused(b, 'plan:move', {
      kind: 'outcome',
      id: oc1.id,
      version: 1,
      direction: 'up',
    })
    expect(edge.message).toBe(
      'Outcome 1.1 is already the first at its level; it cannot move further up.',
    )
    const same = refused(b, 'plan:reparent', {
      kind: 'outcome',
      id: oc1.id,
      version: 1,
      parentId: so1.id,
    })
    expect(same.message).toContain('Outcome 1.1 is already there')
    expect(
      refused(b, 'plan:move', { kind: 'outcome', id: oc1.id, version: 9, direction: 'down' }).code,
    ).toBe('conflict')
    // An output cannot be placed under an output.
    const wrong = refused(b, 'plan:reparent', {
      kind: 'output',
      id: op1.id,
      version: 1,
      parentId: op1.id,
    })
    expect(wrong.code).toBe('not_found')
    expect(auditTrail(b).filter((a) => a.endsWith(':move'))).toEqual([])
  })
})

describe('deleting plan items', () => {
  it('refuses to delete anything that still has children or dependants, saying what to move', () => {
    const b = tempBackend()
    const { so1, oc1, op1 } = smallPlan(b)
    const first = must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))
    must(
      b,
      'plan:createActivity',
      activity(op1.id, 'Train risk officers', {
        plannedStart: '2027-04-01',
        plannedEnd: '2027-06-30',
        dependsOn: [first.id],
      }),
    )
    const objective = refused(b, 'objectives:delete', { id: so1.id })
    expect(objective.message).toBe(
      'Objective SO1 cannot be deleted: it still has 2 outcomes. Move or delete them first.',
    )
    expect(refused(b, 'plan:deleteResult', { id: oc1.id }).message).toBe(
      'Outcome 1.1 cannot be deleted: it still has 2 outputs. Move or delete them first.',
    )
    expect(refused(b, 'plan:deleteResult', { id: op1.id }).message).toBe(
      'Output 1.1.1 cannot be deleted: it still has 2 activities. Move or delete them first.',
    )
    const prerequisite = refused(b, 'plan:deleteActivity', { id: first.id })
    expect(prerequisite.message).toContain(
      'Activity 1.1.1.1 cannot be deleted: it still has 1 activity that depends on it.',
    )
    expect(prerequisite.message).toContain('Waiting on it: 1.1.1.2 “Train risk officers”.')
    expect(count(b, 'activities')).toBe(2)
    expect(count(b, 'results')).toBe(4)
  })

  it('refuses to delete an objective an indicator measures', () => {
    const b = tempBackend()
    const so = must(b, 'objectives:create', { code: 'SO9', title: 'Integrity' })
    b.ctx.db
      .prepare(
        `INSERT INTO indicators (code, name, direction, frequency, objective_id, created_at, updated_at)
         VALUES ('K1', 'Complaints resolved', 'higher_is_better', 'yearly', ?, 'x', 'x')`,
      )
      .run(so.id)
    expect(refused(b, 'objectives:delete', { id: so.id }).message).toBe(
      'Objective SO9 cannot be deleted: it still has 1 indicator. Move or delete them first.',
    )
  })

  it('deletes leaves, renumbers the rest and audits each delete', () => {
    const b = tempBackend()
    const { so2, oc2, op1, op2 } = smallPlan(b)
    const a = must(b, 'plan:createActivity', activity(op1.id, 'Map release processes'))
    must(b, 'plan:deleteActivity', { id: a.id })
    must(b, 'plan:deleteResult', { id: op1.id })
    expect(plan(b).results.find((r) => r.id === op2.id)?.number).toBe('1.1.1')
    must(b, 'plan:deleteResult', { id: oc2.id })
    must(b, 'objectives:delete', { id: so2.id })
    expect(auditTrail(b).slice(-4)).toEqual([
      'activity:delete',
      'output:delete',
      'outcome:delete',
      'objective:delete',
    ])
  })
})

describe('projects', () => {
  it('groups outputs and activities, and cannot be deleted while they belong to it', () => {
    const b = tempBackend()
    const { oc1, op1 } = smallPlan(b)
    const project = must(b, 'plan:createProject', {
      code: 'NSW',
      title: 'National single window',
      status: 'active',
      plannedStart: '2026-09-01',
      plannedEnd: '2028-12-31',
    })
    must(b, 'plan:updateResult', { ...resultInput(op1), projectId: project.id })
    const outcome = refused(b, 'plan:updateResult', { ...resultInput(oc1), projectId: project.id })
    expect(outcome.details?.[0]?.path).toBe('projectId')
    expect(refused(b, 'plan:deleteProject', { id: project.id }).message).toBe(
      'Project NSW cannot be deleted: it still has 1 output. Move or delete them first.',
    )
    const dup = refused(b, 'plan:createProject', { code: 'nsw', title: 'Again' })
    expect(dup.message).toBe(
      'Code nsw is already used by project “National single window”. Choose a different code.',
    )
    const outside = refused(b, 'plan:createProject', {
      code: 'LATE',
      title: 'Too late',
      plannedStart: '2029-01-01',
      plannedEnd: '2030-01-01',
    })
    expect(outside.message).toBe(
      'Planned end must fall within the plan period, 2026-07-01 to 2029-06-30.',
    )
    expect(plan(b).projects.map((p) => p.code)).toEqual(['NSW'])
  })

  it('stores markup as plain text', () => {
    const b = tempBackend()
    const { so1 } = smallPlan(b)
    const r = must(b, 'plan:createResult', {
      level: 'outcome',
      parentId: so1.id,
      statement: '<script>alert(1)</script> & more',
    })
    expect(plan(b).results.find((x) => x.id === r.id)?.statement).toBe(
      '<script>alert(1)</script> & more',
    )
  })
})
