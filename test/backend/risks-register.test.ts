import { describe, expect, it } from 'vitest'
import { count, tempBackend } from '../helpers/temp-backend'
import { asUpdate, call, newRisk, setUp, value } from './risks-helpers'

// The clock of tempBackend reads 2026-11-27.

describe('risk register: create, re-rate, review', () => {
  it('creates a risk from the catalogue with its first rating, band and review date', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    await setUp(b)
    const ref = value(await call(b, 'risks:reference', {}))
    expect(ref.catalogue).toHaveLength(28)
    const matrix = ref.matrices.find((m) => m.code === 'RM5X5')!
    expect(ref.defaultMatrixId).toBe(matrix.id)
    expect(ref.integrityFactors.map((f) => f.code)).toContain('RAD.1')
    const template = ref.catalogue.find((t) => t.code === 'FIN.01')!
    const en = (t: unknown) => (typeof t === 'string' ? t : (t as { en: string }).en)

    const created = value(
      await call(b, 'risks:create', {
        ...newRisk(),
        catalogueItemId: template.id,
        title: en(template.title),
        category: template.category,
        cause: en(template.cause),
        consequence: en(template.consequence),
        response: template.response,
      }),
    )
    expect(created.code).toBe('R-001')
    expect(created.catalogueCode).toBe('FIN.01')
    expect(created.matrixItemId).toBe(matrix.id)
    expect(created.inherentScore).toBe(16)
    expect(created.inherentBand).toBe('CRITICAL')
    expect(created.residualScore).toBe(6)
    expect(created.residualBand).toBe('MEDIUM')
    // Medium is reviewed every 60 days, counted from the rating (here the date raised).
    expect(created.nextReview).toBe('2026-11-30')
    expect(created.reviewOverridden).toBe(false)
    expect(created.ratings).toHaveLength(1)
    expect(created.ratings[0]).toMatchObject({ ratedOn: '2026-10-01', ratedBy: 'test.officer' })
    expect(created.trend).toBe('new')
    const audit = value(
      await b.call('audit:list', { limit: 5, offset: 0, entityType: 'risk' }),
    ) as {
      entries: { action: string; actor: string; after: { title: string } }[]
    }
    expect(audit.entries[0]).toMatchObject({
      action: 'create',
      actor: 'test.officer',
      after: { title: 'Donor funding delayed or withdrawn' },
    })
  })

  it('refuses a re-rating without a reason and records one with it, with who and when', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const risk = value(await call(b, 'risks:create', newRisk()))
    const auditBefore = await count(b, 'audit_log')

    const noReason = await call(b, 'risks:update', { ...asUpdate(risk), residualLikelihood: 4 })
    expect(noReason.ok).toBe(false)
    if (!noReason.ok) {
      expect(noReason.error.code).toBe('validation')
      expect(noReason.error.details?.map((d) => d.path)).toEqual(['ratingReason'])
      expect(noReason.error.message).toContain('Reason for re-rating is required')
    }
    expect(await count(b, 'risk_ratings')).toBe(1)
    expect(await count(b, 'audit_log')).toBe(auditBefore)

    const rerated = value(
      await call(b, 'risks:update', {
        ...asUpdate(risk),
        residualLikelihood: 4,
        ratingReason: 'Donor confirmed a six-month delay.',
        ratedOn: '2026-11-20',
      }),
    )
    expect(rerated.version).toBe(risk.version + 1)
    expect(rerated.ratings).toHaveLength(2)
    expect(rerated.ratings[1]).toMatchObject({
      ratedOn: '2026-11-20',
      ratedBy: 'test.officer',
      reason: 'Donor confirmed a six-month delay.',
      residualScore: 8,
    })
    expect(rerated.trend).toBe('up')
    // Still Medium (8): 60 days from the new rating.
    expect(rerated.nextReview).toBe('2027-01-19')
    const [entry] = (
      value(await b.call('audit:list', { limit: 1, offset: 0 })) as {
        entries: {
          action: string
          before: { residualLikelihood: number }
          after: { residualLikelihood: number; rating: { reason: string } }
        }[]
      }
    ).entries
    expect(entry).toMatchObject({
      action: 'rerate',
      before: { residualLikelihood: 3 },
      after: { residualLikelihood: 4, rating: { reason: 'Donor confirmed a six-month delay.' } },
    })

    const older = await call(b, 'risks:update', {
      ...asUpdate(rerated),
      residualLikelihood: 2,
      ratingReason: 'Back-dated',
      ratedOn: '2026-11-01',
    })
    expect(older.ok).toBe(false)
    if (!older.ok) expect(older.error.details?.[0]?.path).toBe('ratedOn')
  })

  it('keeps a review date set by the user until the next re-rating', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const risk = value(await call(b, 'risks:create', newRisk()))
    const moved = value(
      await call(b, 'risks:update', { ...asUpdate(risk), nextReview: '2026-12-05' }),
    )
    expect(moved).toMatchObject({ nextReview: '2026-12-05', reviewOverridden: true })
    expect(moved.ratings).toHaveLength(1)

    const edited = value(
      await call(b, 'risks:update', { ...asUpdate(moved), owner: 'Deputy Commissioner' }),
    )
    expect(edited).toMatchObject({ nextReview: '2026-12-05', reviewOverridden: true })

    const rerated = value(
      await call(b, 'risks:update', {
        ...asUpdate(edited),
        residualImpact: 4,
        ratingReason: 'Exposure grew',
      }),
    )
    // 3 × 4 = 12 is High: reviewed every 30 days from today's re-rating.
    expect(rerated).toMatchObject({ nextReview: '2026-12-27', reviewOverridden: false })

    const early = await call(b, 'risks:update', { ...asUpdate(rerated), nextReview: '2026-11-01' })
    expect(early.ok).toBe(false)
    if (!early.ok) expect(early.error.details?.[0]?.path).toBe('nextReview')
  })

  it('records a review that confirms the ratings when a reason is given', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const risk = value(await call(b, 'risks:create', newRisk({ raisedOn: '2026-06-01' })))
    expect(risk.reviewOverdue).toBe(true)
    const reviewed = value(
      await call(b, 'risks:update', {
        ...asUpdate(risk),
        ratingReason: 'Quarterly review: no change.',
      }),
    )
    expect(reviewed.ratings).toHaveLength(2)
    expect(reviewed.trend).toBe('same')
    expect(reviewed.reviewOverdue).toBe(false)
    expect(reviewed.nextReview).toBe('2027-01-26')
  })

  it('closes a risk, which then owes no review and leaves the active register', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const risk = value(
      await call(b, 'risks:create', {
        ...newRisk({ raisedOn: '2026-01-10' }),
        actions: [{ action: 'Chase the donor', dueDate: '2026-02-01' }],
      }),
    )
    expect(risk).toMatchObject({ reviewOverdue: true, overdueActionCount: 1 })
    const closed = value(await call(b, 'risks:close', { id: risk.id, version: risk.version }))
    expect(closed).toMatchObject({ status: 'closed', reviewOverdue: false, overdueActionCount: 0 })
    expect(value(await call(b, 'risks:list', {})).risks).toHaveLength(0)
    expect(value(await call(b, 'risks:list', { status: 'all' })).risks).toHaveLength(1)
    const again = await call(b, 'risks:close', { id: risk.id, version: risk.version })
    expect(again.ok).toBe(false)
    if (!again.ok) expect(again.error.code).toBe('conflict')
  })

  it('refuses stale versions, unknown ids and links that do not exist, changing nothing', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const risk = value(
      await call(b, 'risks:create', newRisk({ title: '<b>Markup</b> stays text' })),
    )
    expect(risk.title).toBe('<b>Markup</b> stays text')
    value(await call(b, 'risks:update', { ...asUpdate(risk), owner: 'Someone else' }))
    const audit = await count(b, 'audit_log')
    const stale = await call(b, 'risks:update', { ...asUpdate(risk), owner: 'Me' })
    expect(!stale.ok && stale.error.code).toBe('conflict')
    const missing = await call(b, 'risks:get', { id: 999 })
    expect(!missing.ok && missing.error.code).toBe('not_found')
    const badLink = await call(b, 'risks:create', newRisk({ scopeType: 'objective', scopeId: 42 }))
    expect(!badLink.ok && badLink.error.details?.map((d) => d.path)).toEqual(['scopeId'])
    const noLink = await call(b, 'risks:create', newRisk({ scopeType: 'project' }))
    expect(!noLink.ok && noLink.error.details?.[0]?.message).toContain('Linked to is required')
    const future = await call(b, 'risks:create', newRisk({ raisedOn: '2027-01-01' }))
    expect(!future.ok && future.error.details?.[0]?.path).toBe('raisedOn')
    const badDate = await call(b, 'risks:create', newRisk({ raisedOn: '2026-02-30' }))
    expect(!badDate.ok && badDate.error.message).toContain(
      'Date raised is not a real calendar date',
    )
    expect(await count(b, 'audit_log')).toBe(audit)
    expect(await count(b, 'risks')).toBe(1)
  })
})
