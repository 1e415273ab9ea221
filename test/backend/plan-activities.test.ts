import { describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import type { Backend } from '../../electron/backend/backend'
import { count, tempBackend, testEngine } from '../helpers/temp-backend'
import {
  activity,
  activityInput,
  auditTrail,
  must,
  plan,
  refused,
  smallPlan,
} from './plan-fixtures'

/** Makes every audit append for these entity types fail, as a full disk would. */
async function failAuditOf(b: Backend, entityTypes: string[]): Promise<void> {
  const list = sql.join(entityTypes.map((t) => sql.lit(t)))
  if (testEngine === 'postgres') {
    await sql`CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.entity_type IN (${list}) THEN RAISE EXCEPTION 'disk full'; END IF;
        RETURN NEW;
      END $$`.execute(b.ctx.db)
    await sql`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION fail_audit()`.execute(b.ctx.db)
    return
  }
  await sql`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log
    WHEN NEW.entity_type IN (${list})
    BEGIN SELECT RAISE(ABORT, 'disk full'); END`.execute(b.ctx.db)
}

describe('activity dates', () => {
  it('refuses an end before its start and dates outside the plan period, naming the period', async () => {
    const b = await tempBackend()
    const { op1 } = await smallPlan(b)
    const backwards = await refused(
      b,
      'plan:createActivity',
      activity(op1.id, 'Backwards', { plannedStart: '2027-05-01', plannedEnd: '2027-04-30' }),
    )
    expect(backwards.code).toBe('validation')
    expect(backwards.message).toBe('Planned end must be on or after planned start (2027-05-01).')
    expect(backwards.details?.[0]?.path).toBe('plannedEnd')

    const outside = await refused(
      b,
      'plan:createActivity',
      activity(op1.id, 'Too late', { plannedStart: '2029-05-01', plannedEnd: '2029-08-31' }),
    )
    expect(outside.message).toBe(
      'Planned end must fall within the plan period, 2026-07-01 to 2029-06-30.',
    )
    const milestone = await refused(
      b,
      'plan:createActivity',
      activity(op1.id, 'Milestone too early', {
        milestones: [{ title: 'Kick-off', dueDate: '2026-01-15' }],
      }),
    )
    expect(milestone.message).toBe(
      'Due date of milestone 1 must fall within the plan period, 2026-07-01 to 2029-06-30.',
    )
    expect(milestone.details?.[0]?.path).toBe('milestones.0.dueDate')
    expect(await count(b, 'activities')).toBe(0)
  })

  it('keeps actual dates honest: an end needs a start, and nothing after today (2026-11-27)', async () => {
    const b = await tempBackend()
    const { op1 } = await smallPlan(b)
    const noStart = await refused(
      b,
      'plan:createActivity',
      activity(op1.id, 'A', { actualEnd: '2026-10-01' }),
    )
    expect(noStart.details?.map((d) => d.path)).toEqual(['actualEnd'])
    const future = await refused(
      b,
      'plan:createActivity',
      activity(op1.id, 'A', { actualStart: '2026-12-01' }),
    )
    expect(future.message).toBe(
      'Actual start cannot be later than today (2026-11-27): it records what has happened.',
    )
    const completed = await refused(
      b,
      'plan:createActivity',
      activity(op1.id, 'A', { status: 'completed', percentComplete: 80 }),
    )
    expect(completed.details?.[0]?.path).toBe('percentComplete')
    expect(await count(b, 'activities')).toBe(0)
  })

  it('accepts dates anywhere when the plan has no period', async () => {
    const b = await tempBackend()
    const so = await must(b, 'objectives:create', { code: 'SO1', title: 'Clearance' })
    const oc = await must(b, 'plan:createResult', {
      level: 'outcome',
      parentId: so.id,
      statement: 'O',
    })
    const op = await must(b, 'plan:createResult', {
      level: 'output',
      parentId: oc.id,
      statement: 'P',
    })
    const a = await must(
      b,
      'plan:createActivity',
      activity(op.id, 'Far future', { plannedStart: '2035-01-01', plannedEnd: '2035-02-01' }),
    )
    expect(a.number).toBe('1.1.1.1')
  })

  it('saves milestones, keeping their ids when edited, and removes those left out', async () => {
    const b = await tempBackend()
    const { op1 } = await smallPlan(b)
    const a = await must(
      b,
      'plan:createActivity',
      activity(op1.id, 'Pilot', {
        milestones: [
          { title: 'Pilot starts', dueDate: '2027-01-10' },
          { title: 'Pilot report', dueDate: '2027-03-20' },
        ],
      }),
    )
    const [start, report] = a.milestones
    const edited = await must(b, 'plan:updateActivity', {
      ...activityInput(a),
      milestones: [
        { id: report!.id, title: 'Pilot report signed', dueDate: '2027-03-20', achievedDate: null },
      ],
    })
    expect(edited.milestones).toEqual([
      expect.objectContaining({ id: report!.id, title: 'Pilot report signed' }),
    ])
    expect(start!.id).not.toBe(report!.id)
    expect(await count(b, 'milestones')).toBe(1)
  })
})

describe('dependencies', () => {
  it('refuses a cycle with a message naming the chain by number and title, changing nothing', async () => {
    const b = await tempBackend()
    const { op1 } = await smallPlan(b)
    const map = await must(b, 'plan:createActivity', activity(op1.id, 'Map processes'))
    const draft = await must(
      b,
      'plan:createActivity',
      activity(op1.id, 'Draft procedures', { dependsOn: [map.id] }),
    )
    const train = await must(
      b,
      'plan:createActivity',
      activity(op1.id, 'Train officers', { dependsOn: [draft.id] }),
    )
    const before = await count(b, 'audit_log')
    const e = await refused(b, 'plan:updateActivity', {
      ...activityInput(map),
      title: 'Map processes (renamed)',
      dependsOn: [train.id],
    })
    expect(e.code).toBe('validation')
    expect(e.message).toBe(
      'This dependency would create a loop, each activity waiting for the next: ' +
        '1.1.1.1 “Map processes (renamed)” → 1.1.1.3 “Train officers” → ' +
        '1.1.1.2 “Draft procedures” → 1.1.1.1 “Map processes (renamed)”. ' +
        'Remove one of these links first.',
    )
    expect(e.details?.[0]).toMatchObject({
      path: 'dependsOn',
      params: { rule: 'dependency_cycle' },
    })
    // The whole save was rolled back: the title did not change either.
    const after = (await plan(b)).activities.find((x) => x.id === map.id)!
    expect(after).toMatchObject({ title: 'Map processes', dependsOn: [], version: 1 })
    expect(await count(b, 'audit_log')).toBe(before)

    const self = await refused(b, 'plan:updateActivity', {
      ...activityInput(map),
      dependsOn: [map.id],
    })
    expect(self.message).toContain('1.1.1.1 “Map processes” → 1.1.1.1 “Map processes”')
  })

  it('stores finish-to-start links and refuses an unknown prerequisite', async () => {
    const b = await tempBackend()
    const { op1, op2 } = await smallPlan(b)
    const first = await must(b, 'plan:createActivity', activity(op1.id, 'First'))
    const second = await must(
      b,
      'plan:createActivity',
      activity(op2.id, 'Second', { dependsOn: [first.id] }),
    )
    expect(second.dependsOn).toEqual([first.id])
    expect(
      (await refused(b, 'plan:createActivity', activity(op1.id, 'Orphan', { dependsOn: [999] })))
        .details?.[0]?.path,
    ).toBe('dependsOn')
    expect(
      (
        await refused(
          b,
          'plan:createActivity',
          activity(op1.id, 'Twice', { dependsOn: [first.id, first.id] }),
        )
      ).code,
    ).toBe('validation')
  })
})

describe('every mutation is one audited transaction', () => {
  it('writes one audit entry per change with before and after', async () => {
    const b = await tempBackend()
    const { op1 } = await smallPlan(b)
    const a = await must(b, 'plan:createActivity', activity(op1.id, 'Pilot'))
    const moved = await must(b, 'plan:updateActivity', {
      ...activityInput(a),
      plannedStart: '2027-02-01',
      plannedEnd: '2027-04-30',
    })
    expect(moved.version).toBe(2)
    const project = await must(b, 'plan:createProject', { code: 'P1', title: 'Programme office' })
    await must(b, 'plan:updateProject', {
      id: project.id,
      version: project.version,
      code: project.code,
      title: project.title,
      status: 'active',
    })
    expect(await auditTrail(b)).toEqual([
      'plan:create',
      'objective:create',
      'objective:create',
      'outcome:create',
      'outcome:create',
      'output:create',
      'output:create',
      'activity:create',
      'activity:update',
      'project:create',
      'project:update',
    ])
    const last = await b.ctx.db
      .selectFrom('audit_log')
      .select(['before_json', 'after_json'])
      .where('entity_type', '=', 'activity')
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(last.before_json!).plannedStart).toBe('2027-01-01')
    expect(JSON.parse(last.after_json!).plannedStart).toBe('2027-02-01')
  })

  it('rolls the change back when the audit entry cannot be written', async () => {
    const b = await tempBackend()
    const { op1 } = await smallPlan(b)
    const a = await must(b, 'plan:createActivity', activity(op1.id, 'Pilot'))
    await must(b, 'plan:createActivity', activity(op1.id, 'Roll-out'))
    // Simulate a failure at the very end of the transaction, after the rows were written.
    await failAuditOf(b, ['activity', 'outcome', 'plan', 'project'])
    const snapshot = JSON.stringify(await plan(b))
    // The dispatcher logs unexpected failures; keep the test output quiet.
    const quiet = console.error
    console.error = () => {}
    const attempts = [
      await b.call('plan:createActivity', activity(op1.id, 'Another')),
      await b.call('plan:updateActivity', {
        ...activityInput(a),
        title: 'Renamed',
        milestones: [{ title: 'M', dueDate: '2027-02-01' }],
      }),
      await b.call('plan:deleteActivity', { id: a.id }),
      await b.call('plan:move', { kind: 'activity', id: a.id, version: 1, direction: 'down' }),
      await b.call('plan:createProject', { code: 'P1', title: 'Programme office' }),
    ]
    console.error = quiet
    expect(attempts.map((r) => !r.ok && r.error.code)).toEqual(Array(5).fill('internal'))
    expect(JSON.stringify(await plan(b))).toBe(snapshot)
  })

  it('refuses an edit made on a stale copy', async () => {
    const b = await tempBackend()
    const { op1 } = await smallPlan(b)
    const a = await must(b, 'plan:createActivity', activity(op1.id, 'Pilot'))
    await must(b, 'plan:updateActivity', {
      ...activityInput(a),
      percentComplete: 10,
      status: 'in_progress',
      actualStart: '2026-11-01',
    })
    const stale = await refused(b, 'plan:updateActivity', { ...activityInput(a), title: 'Mine' })
    expect(stale.code).toBe('conflict')
    expect((await plan(b)).activities[0]?.title).toBe('Pilot')
  })
})
