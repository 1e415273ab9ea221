import { describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { count, reopenBackend, tempBackend } from '../helpers/temp-backend'
import { asUpdate, call, importMatrixPack, newRisk, setUp, value } from './risks-helpers'

const paths = (r: { ok: boolean; error?: { details?: { path: string }[] } }) =>
  r.ok ? [] : (r.error?.details ?? []).map((d) => d.path)

describe('risk rules on the matrices of other packs', () => {
  it('rates on a 4×4 matrix: levels beyond 4 are refused, bands and intervals come from the pack', async () => {
    const b = await tempBackend()
    await importMatrixPack(b, 4, 4, [
      { code: 'LOW', max: 3, days: 120, tolerable: true },
      { code: 'MED', max: 8, days: 45, tolerable: true },
      { code: 'HIGH', max: 16, days: 10, tolerable: false },
    ])
    const bad = await call(b, 'risks:create', newRisk({ inherentLikelihood: 5, residualImpact: 5 }))
    expect(paths(bad)).toEqual(['inherentLikelihood', 'residualImpact'])
    expect(!bad.ok && bad.error.details?.[0]?.message).toBe(
      'Inherent likelihood must be a level of the matrix “4 × 4 matrix”: from 1 to 4.',
    )
    const risk = value(
      await call(b, 'risks:create', newRisk({ residualLikelihood: 3, residualImpact: 3 })),
    )
    expect(risk).toMatchObject({ inherentBand: 'HIGH', residualBand: 'HIGH', aboveTolerance: true })
    expect(risk.nextReview).toBe('2026-10-11')
    const lower = value(
      await call(b, 'risks:update', {
        ...asUpdate(risk),
        residualLikelihood: 1,
        residualImpact: 2,
        ratingReason: 'Controls in place',
      }),
    )
    expect(lower).toMatchObject({ residualBand: 'LOW', aboveTolerance: false, trend: 'down' })
    expect(lower.nextReview).toBe('2027-03-27')
  })

  it('rates on a 3×5 matrix: likelihood stops at 3, impact goes to 5', async () => {
    const b = await tempBackend()
    await importMatrixPack(b, 3, 5, [
      { code: 'G', max: 4, days: 90, tolerable: true },
      { code: 'A', max: 9, days: 30, tolerable: true },
      { code: 'R', max: 15, days: 7, tolerable: false },
    ])
    const bad = await call(b, 'risks:create', newRisk({ inherentLikelihood: 4, inherentImpact: 5 }))
    expect(paths(bad)).toEqual(['inherentLikelihood'])
    const risk = value(
      await call(
        b,
        'risks:create',
        newRisk({
          inherentLikelihood: 3,
          inherentImpact: 5,
          residualLikelihood: 1,
          residualImpact: 5,
        }),
      ),
    )
    expect(risk).toMatchObject({
      inherentScore: 15,
      inherentBand: 'R',
      residualScore: 5,
      residualBand: 'A',
    })
  })
})

describe('accepting a risk above tolerance', () => {
  it('requires who accepted it, why and until a future date', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const high = {
      raisedOn: '2026-11-20',
      residualLikelihood: 4,
      residualImpact: 3,
      response: 'accept' as const,
    }
    const missing = await call(b, 'risks:create', newRisk(high))
    expect(paths(missing)).toEqual(['acceptedBy', 'acceptanceReason', 'acceptedUntil'])
    expect(!missing.ok && missing.error.details?.[0]?.message).toBe(
      'Accepted by is required to accept a risk rated above the tolerance of the matrix (High).',
    )
    const past = await call(
      b,
      'risks:create',
      newRisk({
        ...high,
        acceptedBy: 'Commissioner General',
        acceptanceReason: 'Cost of treatment too high',
        acceptedUntil: '2026-11-27',
      }),
    )
    expect(paths(past)).toEqual(['acceptedUntil'])
    expect(await count(b, 'risks')).toBe(0)
    const ok = value(
      await call(
        b,
        'risks:create',
        newRisk({
          ...high,
          acceptedBy: 'Commissioner General',
          acceptanceReason: 'Cost of treatment too high',
          acceptedUntil: '2027-03-31',
        }),
      ),
    )
    expect(ok).toMatchObject({ acceptance: 'valid', aboveTolerance: true, reviewOverdue: false })
    // A tolerable risk may be accepted without the record.
    const low = value(
      await call(
        b,
        'risks:create',
        newRisk({ residualLikelihood: 1, residualImpact: 2, response: 'accept' }),
      ),
    )
    expect(low.acceptance).toBe('none')
    // Changing the response drops the acceptance record.
    const mitigated = value(
      await call(b, 'risks:update', { ...asUpdate(ok), response: 'mitigate' }),
    )
    expect(mitigated).toMatchObject({ acceptedBy: null, acceptedUntil: null, acceptance: 'none' })
  })

  it('brings the risk back for review once the acceptance lapses', async () => {
    const spring = await tempBackend({
      installBuiltinPack: true,
      now: () => '2026-05-02T10:00:00.000Z',
    })
    const risk = value(
      await call(
        spring,
        'risks:create',
        newRisk({
          raisedOn: '2026-05-01',
          residualLikelihood: 4,
          residualImpact: 4,
          response: 'accept',
          acceptedBy: 'Commissioner General',
          acceptanceReason: 'Waiting for the new law',
          acceptedUntil: '2026-10-31',
          nextReview: '2026-12-15',
        }),
      ),
    )
    expect(risk.acceptance).toBe('valid')
    await spring.close()
    const later = await reopenBackend(spring)
    const [again] = value(await call(later, 'risks:list', { overdueReview: true })).risks
    expect(again).toMatchObject({ id: risk.id, acceptance: 'expired', reviewOverdue: true })
    // Other edits are still allowed; renewing needs a new future date.
    value(await call(later, 'risks:update', { ...asUpdate(again!), owner: 'Director, Revenue' }))
    const renew = await call(later, 'risks:update', {
      ...asUpdate(again!),
      version: again!.version + 1,
      acceptedUntil: '2026-11-01',
    })
    expect(paths(renew)).toEqual(['acceptedUntil'])
  })
})

async function addObjective(b: Backend, code: string): Promise<number> {
  return (
    value(await b.call('objectives:create', { code, title: `Objective ${code}` })) as { id: number }
  ).id
}

describe('filters, links, integrity and sensitivity', () => {
  it('filters by objective, owner, category, status, overdue review, overdue action and cell', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const so1 = await addObjective(b, 'SO1')
    const so2 = await addObjective(b, 'SO2')
    const at = '2026-01-01T00:00:00Z'
    const result = { objective_id: so2, position: 1, created_at: at, updated_at: at }
    await b.ctx.db
      .insertInto('results')
      .values([
        { ...result, id: 10, parent_id: null, level: 'outcome', statement: 'Faster release' },
        { ...result, id: 11, parent_id: 10, level: 'output', statement: 'Selectivity live' },
      ])
      .execute()
    const targets = value(await call(b, 'risks:targets', {}))
    expect(targets.map((t) => `${t.type}:${t.code}`)).toEqual([
      'objective:SO1',
      'objective:SO2',
      'result:2.1',
      'result:2.1.1',
    ])

    value(
      await call(
        b,
        'risks:create',
        newRisk({
          scopeType: 'objective',
          scopeId: so1,
          owner: 'Head of ICT',
          category: 'technical',
        }),
      ),
    )
    value(
      await call(b, 'risks:create', {
        ...newRisk({ scopeType: 'result', scopeId: 11, raisedOn: '2026-05-01' }),
        actions: [
          {
            action: 'Train targeting officers',
            owner: 'HR',
            dueDate: '2026-09-30',
            status: 'in_progress',
          },
          { action: 'Publish the profile rules', dueDate: '2026-08-01', status: 'done' },
        ],
      }),
    )
    const third = value(
      await call(
        b,
        'risks:create',
        newRisk({ owner: 'Head of ICT', residualLikelihood: 1, residualImpact: 1 }),
      ),
    )
    value(await call(b, 'risks:close', { id: third.id, version: third.version }))

    const codes = async (f: Record<string, unknown>) =>
      value(await call(b, 'risks:list', f)).risks.map((r) => r.code)
    expect(await codes({})).toEqual(['R-001', 'R-002'])
    expect(await codes({ objectiveId: so2 })).toEqual(['R-002'])
    expect(await codes({ owner: 'head of ict' })).toEqual(['R-001'])
    expect(await codes({ owner: 'Head of ICT', status: 'all' })).toEqual(['R-001', 'R-003'])
    expect(await codes({ category: 'technical', objectiveId: so2 })).toEqual([])
    expect(await codes({ overdueAction: true })).toEqual(['R-002'])
    expect(await codes({ overdueReview: true })).toEqual(['R-002'])
    expect(await codes({ cell: { rating: 'residual', likelihood: 3, impact: 2 } })).toEqual([
      'R-001',
      'R-002',
    ])
    expect(await codes({ cell: { rating: 'inherent', likelihood: 3, impact: 2 } })).toEqual([])
    const [, second] = value(await call(b, 'risks:list', {})).risks
    expect(second?.target).toMatchObject({
      type: 'result',
      code: '2.1.1',
      level: 'output',
      label: 'Output 2.1.1 — Selectivity live',
    })
    expect(second?.actions.map((a) => a.overdue)).toEqual([false, true])
  })

  it('lists integrity risks per factor and checks factor and sensitivity', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    await setUp(b)
    const ref = value(await call(b, 'risks:reference', {}))
    const factor = ref.integrityFactors.find((f) => f.code === 'RAD.5')!
    const noFactor = await call(b, 'risks:create', newRisk({ integrity: true }))
    expect(paths(noFactor)).toEqual(['integrityFactorId'])
    const notAFactor = ref.frameworks.find((f) => f.code === 'DF')!.items[0]!.id
    expect(
      paths(
        await call(b, 'risks:create', newRisk({ integrity: true, integrityFactorId: notAFactor })),
      ),
    ).toEqual(['integrityFactorId'])
    expect(ref.classifications).toEqual(['OFFICIAL', 'RESTRICTED'])
    expect(paths(await call(b, 'risks:create', newRisk({ sensitivity: 3 })))).toEqual([
      'sensitivity',
    ])
    value(
      await call(b, 'risks:create', newRisk({ title: 'Plain risk', frameworkItemId: notAFactor })),
    )
    const risk = value(
      await call(
        b,
        'risks:create',
        newRisk({
          title: 'Collusion at the border',
          integrity: true,
          integrityFactorId: factor.id,
          sensitivity: 2,
        }),
      ),
    )
    expect(value(await call(b, 'risks:integrityRisks', {}))).toEqual([
      expect.objectContaining({
        riskId: risk.id,
        factorItemId: factor.id,
        factorCode: 'RAD.5',
        residualScore: 6,
        residualBand: expect.objectContaining({ code: 'MEDIUM' }),
        status: 'open',
        sensitivity: 2,
      }),
    ])
  })

  it('audits every change once and nothing for refused ones', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const audits = () => count(b, 'audit_log')
    let n = await audits()
    const risk = value(
      await call(b, 'risks:create', {
        ...newRisk(),
        actions: [{ action: 'A', dueDate: '2026-12-31' }],
      }),
    )
    expect(await audits()).toBe(++n)
    const edited = value(
      await call(b, 'risks:update', {
        ...asUpdate(risk),
        actions: [{ action: 'B', dueDate: '2027-01-31' }],
      }),
    )
    expect(edited.actions.map((a) => a.action)).toEqual(['B'])
    expect(await count(b, 'risk_actions')).toBe(1)
    expect(await audits()).toBe(++n)
    const foreignAction = await call(b, 'risks:update', {
      ...asUpdate(edited),
      actions: [{ id: 999, action: 'X', dueDate: '2027-01-31' }],
    })
    expect(paths(foreignAction)).toEqual(['actions.0.action'])
    expect(await audits()).toBe(n)
    value(await call(b, 'risks:close', { id: risk.id, version: edited.version }))
    expect(await audits()).toBe(n + 1)
    const actions = (
      value(await b.call('audit:list', { limit: 10, offset: 0, entityType: 'risk' })) as {
        entries: { action: string }[]
      }
    ).entries.map((e) => e.action)
    expect(actions).toEqual(['close', 'update', 'create'])
  })
})
