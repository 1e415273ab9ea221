import { describe, expect, it, vi } from 'vitest'
import type { IntegrityAction, IntegrityIndicatorOption } from '../../shared/contract'
import { createAction } from '../../electron/backend/integrity/action-service'
import { count } from '../helpers/temp-backend'
import {
  auditCount,
  factorId,
  failure,
  getData,
  insertRisk,
  integrityBackend,
  value,
} from './integrity-helpers'

// The context clock reads 2026-11-27 (tempBackend), so "today" is fixed for overdue flags.

const action = (factorItemId: number, extra: Record<string, unknown> = {}) => ({
  factorItemId,
  action: 'Adopt a revised code of conduct',
  horizon: 'short',
  owner: 'Head of Internal Affairs',
  startDate: '2026-01-15',
  dueDate: '2026-06-30',
  ...extra,
})

describe('integrity action plan', () => {
  it('adds actions per factor and shows progress and overdue counts per factor', () => {
    const b = integrityBackend()
    const data = getData(b)
    const rad7 = factorId(data, 'RAD.7')
    const rad1 = factorId(data, 'RAD.1')
    const add = (f: number, extra: Record<string, unknown>) =>
      value<IntegrityAction>(b.call('integrity:createAction', action(f, extra)))
    add(rad7, { status: 'done' })
    add(rad7, { status: 'in_progress', dueDate: '2026-11-26' })
    add(rad7, { status: 'planned', dueDate: '2026-11-27' })
    add(rad7, { status: 'cancelled', dueDate: '2026-02-01' })
    const overdue = add(rad1, { status: 'planned', dueDate: '2026-10-31', horizon: 'medium' })
    expect(overdue.overdue).toBe(true)

    const after = getData(b)
    expect(after.today).toBe('2026-11-27')
    const progress = (id: number) => after.overview.find((o) => o.factorItemId === id)!.progress
    // Cancelled left out: 1 of 3 done; only the action due yesterday is overdue.
    expect(progress(rad7)).toMatchObject({
      total: 3,
      done: 1,
      cancelled: 1,
      overdue: 1,
      percent: 33,
    })
    expect(progress(rad1)).toMatchObject({ total: 1, done: 0, overdue: 1, percent: 0 })
    expect(progress(factorId(after, 'RAD.5'))).toMatchObject({ total: 0, percent: null })
    expect(after.actions.filter((a) => a.overdue).map((a) => a.dueDate)).toEqual([
      '2026-10-31',
      '2026-11-26',
    ])
  })

  it('refuses a due date before the start, at every door, and changes nothing', () => {
    const b = integrityBackend()
    const rad2 = factorId(getData(b), 'RAD.2')
    const before = auditCount(b)
    const error = failure(
      b.call(
        'integrity:createAction',
        action(rad2, { startDate: '2026-05-01', dueDate: '2026-04-30' }),
      ),
    )
    expect(error.message).toBe('Due date must be on or after the start date.')
    expect(error.details?.[0]?.path).toBe('dueDate')
    // The service repeats the rule, so a caller that skips the contract cannot store it either.
    expect(() =>
      createAction(b.ctx, {
        ...action(rad2),
        horizon: 'short',
        status: 'planned',
        indicatorId: null,
        sensitivity: 1,
        startDate: '2026-05-01',
        dueDate: '2026-04-30',
      }),
    ).toThrow('Due date must be on or after the start date.')
    const noDue = failure(b.call('integrity:createAction', action(rad2, { dueDate: '' })))
    expect(noDue.details?.[0]?.path).toBe('dueDate')
    expect(failure(b.call('integrity:createAction', action(99999))).message).toBe(
      'Factor is not a factor of an installed integrity framework.',
    )
    expect(count(b, 'integrity_actions')).toBe(0)
    expect(auditCount(b)).toBe(before)
  })

  it('records when an action was done, keeps sensitivity, and checks the version', () => {
    const b = integrityBackend()
    const rad8 = factorId(getData(b), 'RAD.8')
    const a = value<IntegrityAction>(
      b.call('integrity:createAction', action(rad8, { sensitivity: 3, startDate: null })),
    )
    expect(a).toMatchObject({ sensitivity: 3, startDate: null, completedOn: null })
    const {
      overdue: _o,
      indicatorLabel: _l,
      completedOn: _c,
      createdAt: _ca,
      updatedAt: _u,
      ...edit
    } = a
    const done = value<IntegrityAction>(
      b.call('integrity:updateAction', { ...edit, status: 'done' }),
    )
    expect(done).toMatchObject({ status: 'done', completedOn: '2026-11-27', version: 2 })
    expect(failure(b.call('integrity:updateAction', { ...edit, status: 'done' })).code).toBe(
      'conflict',
    )
    const reopened = value<IntegrityAction>(
      b.call('integrity:updateAction', { ...edit, version: 2, status: 'in_progress' }),
    )
    expect(reopened.completedOn).toBeNull()
    const stored = b.ctx.db
      .prepare('SELECT sensitivity FROM integrity_actions WHERE id = ?')
      .pluck()
      .get(a.id)
    expect(stored).toBe(3)
    expect(failure(b.call('integrity:deleteAction', { id: a.id, version: 1 })).code).toBe(
      'conflict',
    )
    value(b.call('integrity:deleteAction', { id: a.id, version: 3 }))
    const trail = b.ctx.db
      .prepare("SELECT action FROM audit_log WHERE entity_type = 'integrity_action' ORDER BY seq")
      .pluck()
      .all()
    expect(trail).toEqual(['create', 'update', 'update', 'delete'])
  })

  it('links an action to an indicator only when the indicator exists', () => {
    const b = integrityBackend()
    const rad6 = factorId(getData(b), 'RAD.6')
    expect(value(b.call('integrity:indicatorOptions', {}))).toEqual([])
    const objective = value<{ id: number }>(
      b.call('objectives:create', { code: 'SO4', title: 'Integrity' }),
    )
    b.ctx.db
      .prepare(
        `INSERT INTO indicators (code, name, direction, frequency, objective_id, created_at, updated_at)
         VALUES ('KPI.INT1', 'Complaints resolved within 60 days', 'higher_is_better', 'yearly', ?, 't', 't')`,
      )
      .run(objective.id)
    const options = value<IntegrityIndicatorOption[]>(b.call('integrity:indicatorOptions', {}))
    expect(options).toMatchObject([{ code: 'KPI.INT1' }])
    const linked = value<IntegrityAction>(
      b.call('integrity:createAction', action(rad6, { indicatorId: options[0]!.id })),
    )
    expect(linked.indicatorLabel).toBe('KPI.INT1 — Complaints resolved within 60 days')
    const error = failure(b.call('integrity:createAction', action(rad6, { indicatorId: 4242 })))
    expect(error.message).toBe('Linked indicator is not an indicator of this administration.')
  })

  it('rolls the change back when its audit entry cannot be written', () => {
    const b = integrityBackend()
    const rad1 = factorId(getData(b), 'RAD.1')
    // The dispatcher logs unexpected failures; this one is provoked on purpose.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    b.ctx.db.exec(
      "CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END",
    )
    const calls = [
      b.call('integrity:createAction', action(rad1)),
      b.call('integrity:createAssessment', {
        frameworkId: getData(b).framework!.id,
        title: 'Workshop',
        assessedOn: '2026-03-01',
      }),
      b.call('integrity:createWave', {
        frameworkId: getData(b).framework!.id,
        title: 'CIPS staff',
        conductedOn: '2026-03-01',
        population: 'staff',
        respondents: 10,
        scores: [{ factorItemId: rad1, score: 50 }],
      }),
    ]
    log.mockRestore()
    for (const r of calls) expect(failure(r).code).toBe('internal')
    for (const t of ['integrity_actions', 'integrity_assessments', 'survey_waves', 'survey_scores'])
      expect(count(b, t)).toBe(0)
  })
})

describe('integrity risks from the register', () => {
  it('lists flagged risks per factor with residual score and band, counting open ones', () => {
    const b = integrityBackend()
    const data = getData(b)
    const rad4 = factorId(data, 'RAD.4')
    insertRisk(b, { code: 'R-INT-1', factorId: rad4, l: 4, i: 4 })
    insertRisk(b, { code: 'R-INT-2', factorId: rad4, l: 2, i: 2, status: 'closed' })
    insertRisk(b, { code: 'R-INT-3', factorId: null, l: 3, i: 3 })
    const after = getData(b)
    expect(after.risks.map((r) => [r.code, r.residualScore])).toEqual([
      ['R-INT-1', 16],
      ['R-INT-3', 9],
      ['R-INT-2', 4],
    ])
    expect(after.risks[0]!.residualBand).toMatchObject({ en: 'Critical' })
    const row = after.overview.find((o) => o.factorItemId === rad4)!
    expect(row.openRisks).toBe(1)
  })
})
