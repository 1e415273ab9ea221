import { describe, expect, it } from 'vitest'
import type { IntegrityAssessment, IntegrityRating } from '../../shared/contract'
import { localise } from '../../shared/contract'
import { compareByFactor } from '../../shared/domain/integrity-compare'
import { count, tempBackend } from '../helpers/temp-backend'
import {
  auditCount,
  factorId,
  failure,
  getData,
  integrityBackend,
  itemId,
  value,
} from './integrity-helpers'

const newAssessment = (frameworkId: number, extra: Record<string, unknown> = {}) => ({
  frameworkId,
  title: 'Integrity self-assessment workshop',
  assessedOn: '2026-03-10',
  participants: 'Deputy Commissioners, regional directors, staff association',
  participantCount: 21,
  ...extra,
})

describe('integrity framework from the template pack', () => {
  it('offers the RAD framework with ten factors, the 0–4 scale and unconfirmed notes', async () => {
    const data = await getData(await integrityBackend())
    expect(data.frameworks.map((f) => f.code)).toEqual(['RAD'])
    const fw = data.framework!
    expect(fw.factors).toHaveLength(10)
    expect(fw.factors[0]).toMatchObject({ code: 'RAD.1', confirmed: true })
    expect(localise(fw.factors[0]!.title, 'fr')).toBe('Leadership et engagement')
    expect(fw.scale?.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4])
    expect(localise(fw.scale!.levels[2]!.name, 'en')).toBe('Partly in place')
    const transparency = fw.factors.find((f) => f.code === 'RAD.3')!
    expect(transparency.confirmed).toBe(false)
    expect(localise(transparency.note, 'en')).toContain('not confirmed')
    expect(data.overview).toHaveLength(10)
    expect(data.classifications).toEqual(['OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED'])
  })

  it('answers with no framework when no integrity framework is installed', async () => {
    const data = await getData(await tempBackend())
    expect(data.framework).toBeNull()
    expect(data.overview).toEqual([])
  })

  it('refuses to start an assessment against something that is not an integrity framework', async () => {
    const b = await integrityBackend()
    const df = await itemId(b, 'framework', { code: 'DF' })
    const error = failure(await b.call('integrity:createAssessment', newAssessment(df)))
    expect(error.details?.[0]).toMatchObject({ path: 'frameworkId' })
    expect(error.message).toBe('Framework is not an installed integrity framework.')
    expect(await count(b, 'integrity_assessments')).toBe(0)
  })
})

describe('integrity self-assessment', () => {
  it('stores ratings within the scale with strengths, weaknesses and evidence, audited', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const before = await auditCount(b)
    const a = value<IntegrityAssessment>(
      await b.call(
        'integrity:createAssessment',
        newAssessment(data.framework!.id, { sensitivity: 2 }),
      ),
    )
    expect(a).toMatchObject({ method: 'self_assessment', sensitivity: 2, participantCount: 21 })
    const rating = value<IntegrityRating>(
      await b.call('integrity:rateFactor', {
        assessmentId: a.id,
        factorItemId: factorId(data, 'RAD.1'),
        rating: 3,
        strengths: 'Commissioner chairs the integrity committee.',
        weaknesses: 'No integrity budget line.',
        evidence: 'Minutes of the committee, 2025–2026.',
      }),
    )
    expect(rating).toMatchObject({ rating: 3, version: 1 })
    const again = value<IntegrityRating>(
      await b.call('integrity:rateFactor', {
        assessmentId: a.id,
        factorItemId: factorId(data, 'RAD.1'),
        version: 1,
        rating: 4,
      }),
    )
    expect(again).toMatchObject({ rating: 4, version: 2, strengths: '' })
    expect(await auditCount(b)).toBe(before + 3)
    const actions = await b.ctx.db
      .selectFrom('audit_log')
      .select(['entity_type', 'action'])
      .orderBy('seq', 'desc')
      .limit(3)
      .execute()
    expect(actions).toEqual([
      { entity_type: 'integrity_rating', action: 'update' },
      { entity_type: 'integrity_rating', action: 'create' },
      { entity_type: 'integrity_assessment', action: 'create' },
    ])
  })

  it('refuses a rating outside the framework scale, a foreign factor and a stale version', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const a = value<IntegrityAssessment>(
      await b.call('integrity:createAssessment', newAssessment(data.framework!.id)),
    )
    const before = await auditCount(b)
    const rate = async (extra: Record<string, unknown>) =>
      await b.call('integrity:rateFactor', {
        assessmentId: a.id,
        factorItemId: factorId(data, 'RAD.2'),
        rating: 2,
        ...extra,
      })
    const outside = failure(await rate({ rating: 5 }))
    expect(outside.message).toBe('Rating must be a level of the RATING0_4 scale (0 to 4).')
    expect(outside.details?.[0]?.path).toBe('rating')
    expect(failure(await rate({ rating: -1 })).details?.[0]?.path).toBe('rating')
    const dfItem = await itemId(b, 'framework_item', { scope: 'DF' })
    expect(failure(await rate({ factorItemId: dfItem })).message).toBe(
      'Factor is not a factor of the RAD framework.',
    )
    expect(failure(await rate({ version: 3 })).code).toBe('conflict')
    expect(await count(b, 'integrity_ratings')).toBe(0)
    expect(await auditCount(b)).toBe(before)
    // An empty rating is allowed: the factor is discussed but not scored yet.
    expect(value<IntegrityRating>(await rate({ rating: null })).rating).toBeNull()
  })

  it('checks dates, markup-free text and sensitivity against the markings in Settings', async () => {
    const b = await integrityBackend()
    const fw = (await getData(b)).framework!.id
    const badDate = failure(
      await b.call('integrity:createAssessment', newAssessment(fw, { assessedOn: '2026-02-30' })),
    )
    expect(badDate.message).toBe('Assessment date is not a real calendar date.')
    const tooSensitive = failure(
      await b.call('integrity:createAssessment', newAssessment(fw, { sensitivity: 4 })),
    )
    expect(tooSensitive.message).toBe(
      "Sensitivity must be one of the administration's 3 classification markings (1 to 3).",
    )
    const markup = value<IntegrityAssessment>(
      await b.call(
        'integrity:createAssessment',
        newAssessment(fw, { title: '<b>Workshop</b> & co' }),
      ),
    )
    expect(markup.title).toBe('<b>Workshop</b> & co')
    expect(await count(b, 'integrity_assessments')).toBe(1)
  })

  it('edits and deletes an assessment with optimistic concurrency', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const a = value<IntegrityAssessment>(
      await b.call('integrity:createAssessment', newAssessment(data.framework!.id)),
    )
    await b.call('integrity:rateFactor', {
      assessmentId: a.id,
      factorItemId: factorId(data, 'RAD.1'),
      rating: 1,
    })
    const { id, version, title, assessedOn, method, participants, participantCount } = a
    const edit = { id, version, title, assessedOn, method, participants, participantCount }
    const updated = value<IntegrityAssessment>(
      await b.call('integrity:updateAssessment', {
        ...edit,
        sensitivity: 3,
        method: 'peer_review',
      }),
    )
    expect(updated).toMatchObject({ version: 2, sensitivity: 3, method: 'peer_review' })
    expect(failure(await b.call('integrity:updateAssessment', edit)).code).toBe('conflict')
    expect(failure(await b.call('integrity:deleteAssessment', { id, version: 1 })).code).toBe(
      'conflict',
    )
    expect(value(await b.call('integrity:deleteAssessment', { id, version: 2 }))).toEqual({ id })
    expect(await count(b, 'integrity_ratings')).toBe(0)
    expect(failure(await b.call('integrity:deleteAssessment', { id, version: 2 })).code).toBe(
      'not_found',
    )
  })

  it('shows the latest rating per factor and compares two assessments factor by factor', async () => {
    const b = await integrityBackend()
    const data = await getData(b)
    const fw = data.framework!.id
    const first = value<IntegrityAssessment>(
      await b.call('integrity:createAssessment', newAssessment(fw, { assessedOn: '2024-05-02' })),
    )
    const second = value<IntegrityAssessment>(
      await b.call('integrity:createAssessment', newAssessment(fw, { assessedOn: '2026-05-02' })),
    )
    const rate = async (assessmentId: number, code: string, rating: number) =>
      value(
        await b.call('integrity:rateFactor', {
          assessmentId,
          factorItemId: factorId(data, code),
          rating,
        }),
      )
    await rate(first.id, 'RAD.1', 1)
    await rate(first.id, 'RAD.2', 3)
    await rate(first.id, 'RAD.4', 2)
    await rate(second.id, 'RAD.1', 3)
    await rate(second.id, 'RAD.2', 2)
    const after = await getData(b)
    const row = (code: string) =>
      after.overview.find((o) => o.factorItemId === factorId(after, code))!
    expect(row('RAD.1').latestRating).toMatchObject({ recordId: second.id, value: 3, previous: 1 })
    // RAD.4 was not rated in the later workshop: the earlier rating still shows.
    expect(row('RAD.4').latestRating).toMatchObject({ recordId: first.id, value: 2 })
    expect(row('RAD.5').latestRating).toBeNull()
    const [later, earlier] = after.assessments
    expect([later!.id, earlier!.id]).toEqual([second.id, first.id])
    const values = (a: IntegrityAssessment) =>
      new Map(a.ratings.map((r) => [r.factorItemId, r.rating]))
    const ids = ['RAD.1', 'RAD.2', 'RAD.4'].map((c) => factorId(after, c))
    expect(
      compareByFactor(values(earlier!), values(later!), ids).map((c) => [c.direction, c.change]),
    ).toEqual([
      ['up', 2],
      ['down', -1],
      ['not_comparable', null],
    ])
  })
})
