import { describe, expect, it, vi } from 'vitest'
import type { IntegrityAction, IntegrityIndicatorOption } from '../../shared/contract'
import { createAction } from '../../electron/backend/integrity/action-service'
import { count } from '../helpers/temp-backend'
import {
  auditActions,
  auditCount,
  breakAudit,
  factorId,
  failure,
  getData,
  insertIndicator,
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
  it('adds actions per factor and shows progress and overdue counts per factor', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const rad7 = factorId(data, 'RAD.7')
    const rad1 = factorId(data, 'RAD.1')
    const add = async (f: number, extra: Record<string, unknown>) =>
      value<IntegrityAction>(await b.call('integrity:createAction', action(f, extra)))
    await add(rad7, { status: 'done' })
    await add(rad7, { status: 'in_progress', dueDate: '2026-11-26' })
    await add(rad7, { status: 'planned', dueDate: '2026-11-27' })
    await add(rad7, { status: 'cancelled', dueDate: '2026-02-01' })
    const overdue = await add(rad1, { status: 'planned', dueDate: '2026-10-31', horizon: 'medium' })
    expect(overdue.overdue).toBe(true)

    const after = await getData(b)
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

  it('refuses a due date before the start, at every door, and changes nothing', async () => {
    const b = await integrityBackend()
    const rad2 = factorId(await getData(b), 'RAD.2')
    const before = await auditCount(b)
    const error = failure(
      await b.call(
        'integrity:createAction',
        action(rad2, { startDate: '2026-05-01', dueDate: '2026-04-30' }),
      ),
    )
    expect(error.message).toBe('Due date must be on or after the start date.')
    expect(error.details?.[0]?.path).toBe('dueDate')
    // The service repeats the rule, so a caller that skips the contract cannot store it either.
    await expect(
      createAction(b.ctx, {
        ...action(rad2),
        horizon: 'short',
        status: 'planned',
        indicatorId: null,
        sensitivity: 1,
        startDate: '2026-05-01',
        dueDate: '2026-04-30',
      }),
    ).rejects.toThrow('Due date must be on or after the start date.')
    const noDue = failure(await b.call('integrity:createAction', action(rad2, { dueDate: '' })))
    expect(noDue.details?.[0]?.path).toBe('dueDate')
    expect(failure(await b.call('integrity:createAction', action(99999))).message).toBe(
      'Factor is not a factor of an installed integrity framework.',
    )
    expect(await count(b, 'integrity_actions')).toBe(0)
    expect(await auditCount(b)).toBe(before)
  })

  it('records when an action was done, keeps sensitivity, and checks the version', async () => {
    const b = await integrityBackend()
    const rad8 = factorId(await getData(b), 'RAD.8')
    const a = value<IntegrityAction>(
      await b.call('integrity:createAction', action(rad8, { sensitivity: 3, startDate: null })),
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
      await b.call('integrity:updateAction', { ...edit, status: 'done' }),
    )
    expect(done).toMatchObject({ status: 'done', completedOn: '2026-11-27', version: 2 })
    expect(failure(await b.call('integrity:updateAction', { ...edit, status: 'done' })).code).toBe(
      'conflict',
    )
    const reopened = value<IntegrityAction>(
      await b.call('integrity:updateAction', { ...edit, version: 2, status: 'in_progress' }),
    )
    expect(reopened.completedOn).toBeNull()
    const stored = await b.ctx.db
      .selectFrom('integrity_actions')
      .select('sensitivity')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow()
    expect(stored.sensitivity).toBe(3)
    expect(failure(await b.call('integrity:deleteAction', { id: a.id, version: 1 })).code).toBe(
      'conflict',
    )
    value(await b.call('integrity:deleteAction', { id: a.id, version: 3 }))
    expect(await auditActions(b, 'integrity_action')).toEqual([
      'create',
      'update',
      'update',
      'delete',
    ])
  })

  it('links an action to an indicator only when the indicator exists', async () => {
    const b = await integrityBackend()
    const rad6 = factorId(await getData(b), 'RAD.6')
    expect(value(await b.call('integrity:indicatorOptions', {}))).toEqual([])
    const objective = value<{ id: number }>(
      await b.call('objectives:create', { code: 'SO4', title: 'Integrity' }),
    )
    await insertIndicator(b, {
      code: 'KPI.INT1',
      name: 'Complaints resolved within 60 days',
      direction: 'higher_is_better',
      objectiveId: objective.id,
    })
    const options = value<IntegrityIndicatorOption[]>(
      await b.call('integrity:indicatorOptions', {}),
    )
    expect(options).toMatchObject([{ code: 'KPI.INT1' }])
    const linked = value<IntegrityAction>(
      await b.call('integrity:createAction', action(rad6, { indicatorId: options[0]!.id })),
    )
    expect(linked.indicatorLabel).toBe('KPI.INT1 — Complaints resolved within 60 days')
    const error = failure(
      await b.call('integrity:createAction', action(rad6, { indicatorId: 4242 })),
    )
    expect(error.message).toBe('Linked indicator is not an indicator of this administration.')
  })

  it('rolls the change back when its audit entry cannot be written', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const rad1 = factorId(data, 'RAD.1')
    // The dispatcher logs unexpected failures; this one is provoked on purpose.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    await breakAudit(b)
    const calls = [
      await b.call('integrity:createAction', action(rad1)),
      await b.call('integrity:createAssessment', {
        frameworkId: data.framework!.id,
        title: 'Workshop',
        assessedOn: '2026-03-01',
      }),
      await b.call('integrity:createWave', {
        frameworkId: data.framework!.id,
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
      expect(await count(b, t)).toBe(0)
  })
})

describe('integrity risks from the register', () => {
  it('lists flagged risks per factor with residual score and band, counting open ones', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const rad4 = factorId(data, 'RAD.4')
    await insertRisk(b, { code: 'R-INT-1', factorId: rad4, l: 4, i: 4 })
    await insertRisk(b, { code: 'R-INT-2', factorId: rad4, l: 2, i: 2, status: 'closed' })
    await insertRisk(b, { code: 'R-INT-3', factorId: null, l: 3, i: 3 })
    const after = await getData(b)
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
