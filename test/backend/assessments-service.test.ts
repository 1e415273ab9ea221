import { describe, expect, it } from 'vitest'
import { count } from '../helpers/temp-backend'
import {
  auditActions,
  createDf,
  detail,
  failure,
  framework,
  item,
  ok,
  packBackend,
  score,
} from './assessments-fixtures'

describe('frameworks that can be assessed', () => {
  it('offers the built-in frameworks that have a scale, with their areas and level names', () => {
    const b = packBackend()
    const frameworks = ok(b, 'assessments:frameworks', undefined)
    const codes = frameworks.map((f) => f.code)
    expect(codes).toEqual(expect.arrayContaining(['DF', 'RAD']))
    // ODP, the delivery phases and the logframe levels have no scale: nothing to score.
    expect(codes).not.toContain('ODP')
    const df = framework(b, 'DF')
    expect(df.areas).toHaveLength(7)
    expect(df.assessableCount).toBe(33)
    expect(df.scale).toMatchObject({ code: 'GENERIC5', min: 1, max: 5 })
    expect(df.scale.levels[0]!.name).toMatchObject({ en: 'Initial / ad hoc' })
    expect(framework(b, 'RAD').scale).toMatchObject({ code: 'RATING0_4', min: 0, max: 4 })
  })
})

describe('creating an assessment', () => {
  it('creates one unscored row per assessable item in scope, audited', () => {
    const b = packBackend()
    const a = createDf(b, { areas: ['DF.1', 'DF.4'] })
    expect(a).toMatchObject({
      title: 'Diagnostic mission 2026',
      frameworkCode: 'DF',
      lead: 'wco',
      status: 'in_progress',
      progress: { scored: 0, applicable: 10, total: 10, notApplicable: 0, carried: 0 },
    })
    expect(detail(b, a.id).areas.map((x) => x.code)).toEqual(['DF.1', 'DF.4'])
    expect(ok(b, 'assessments:list', undefined).map((x) => x.id)).toEqual([a.id])
    expect(auditActions(b, 'assessment')).toEqual(['create'])
  })

  it('refuses an end date before the start date, naming the field, and creates nothing', () => {
    const b = packBackend()
    const df = framework(b, 'DF')
    const error = failure(b, 'assessments:create', {
      frameworkId: df.id,
      type: 'self_assessment',
      title: 'Self-assessment',
      startDate: '2026-05-10',
      endDate: '2026-05-01',
      lead: 'self',
      areaIds: [df.areas[0]!.id],
    })
    expect(error.code).toBe('validation')
    expect(error.details?.[0]).toMatchObject({
      path: 'endDate',
      params: { rule: 'end_before_start' },
    })
    expect(error.message).toContain('End date (2026-05-01) is before the start date (2026-05-10)')
    expect(count(b, 'assessments')).toBe(0)
    expect(count(b, 'assessment_items')).toBe(0)
  })

  it('refuses impossible dates, unknown frameworks and areas of another framework', () => {
    const b = packBackend()
    const df = framework(b, 'DF')
    const rad = framework(b, 'RAD')
    const base = {
      frameworkId: df.id,
      type: 'full_diagnostic',
      title: 'Mission',
      lead: 'wco',
      areaIds: [df.areas[0]!.id],
    }
    const badDate = failure(b, 'assessments:create', { ...base, startDate: '2026-02-30' })
    expect(badDate.details?.[0]).toMatchObject({ path: 'startDate' })
    expect(badDate.message).toContain('not a real calendar date')
    expect(
      failure(b, 'assessments:create', { ...base, frameworkId: 99999 }).details?.[0],
    ).toMatchObject({ path: 'frameworkId' })
    const foreign = failure(b, 'assessments:create', { ...base, areaIds: [rad.areas[0]!.id] })
    expect(foreign.details?.[0]).toMatchObject({ path: 'areaIds' })
    expect(failure(b, 'assessments:create', { ...base, areaIds: [] }).details?.[0]).toMatchObject({
      path: 'areaIds',
    })
    expect(count(b, 'assessments')).toBe(0)
  })

  it('keeps markup in titles and evidence as plain text', () => {
    const b = packBackend()
    const a = createDf(b, { title: '<script>x</script> & mission', areas: ['DF.1'] })
    expect(a.title).toBe('<script>x</script> & mission')
    const saved = score(b, a.id, 'DF.1.1', 2, 4, { evidence: '<b>Plan</b> not approved' })
    expect(saved.evidence).toBe('<b>Plan</b> not approved')
  })
})

describe('scoring', () => {
  it('updates progress as items are scored and audits each score', () => {
    const b = packBackend()
    const a = createDf(b)
    score(b, a.id, 'DF.1.1', 2, 4)
    score(b, a.id, 'DF.4.2', 1, 4)
    const progress = ok(b, 'assessments:list', undefined)[0]!.progress
    expect(progress).toMatchObject({ scored: 2, applicable: 33, total: 33 })
    expect(auditActions(b, 'assessment_item')).toEqual(['score', 'score'])
  })

  it('refuses levels outside the scale and a target below the current level; nothing changes', () => {
    const b = packBackend()
    const a = createDf(b, { areas: ['DF.1'] })
    const i = item(b, a.id, 'DF.1.1')
    const send = (currentLevel: number | null, targetLevel: number | null) =>
      failure(b, 'assessments:scoreItem', {
        id: i.id,
        version: i.version,
        currentLevel,
        targetLevel,
      })
    expect(send(6, 5).details?.[0]).toMatchObject({
      path: 'currentLevel',
      code: 'too_big',
      params: { max: 5 },
    })
    expect(send(0, 3).details?.[0]).toMatchObject({
      path: 'currentLevel',
      code: 'too_small',
      params: { min: 1 },
    })
    const below = send(4, 2)
    expect(below.details?.[0]).toMatchObject({
      path: 'targetLevel',
      params: { rule: 'target_below_current' },
    })
    expect(below.message).toContain('below the current level')
    expect(item(b, a.id, 'DF.1.1')).toMatchObject({ currentLevel: null, version: 1 })
    expect(auditActions(b, 'assessment_item')).toEqual([])
  })

  it('accepts level 0 where the scale has it (integrity 0–4)', () => {
    const b = packBackend()
    const rad = framework(b, 'RAD')
    const a = ok(b, 'assessments:create', {
      frameworkId: rad.id,
      type: 'integrity_self',
      title: 'Integrity self-assessment',
      lead: 'self',
      areaIds: rad.areas.map((x) => x.id),
    })
    expect(a.progress.total).toBe(10)
    expect(score(b, a.id, 'RAD.1', 0, 3)).toMatchObject({ currentLevel: 0, targetLevel: 3 })
  })

  it('refuses to overwrite a score someone else saved first', () => {
    const b = packBackend()
    const a = createDf(b, { areas: ['DF.1'] })
    const stale = item(b, a.id, 'DF.1.1')
    score(b, a.id, 'DF.1.1', 2, 4)
    const error = failure(b, 'assessments:scoreItem', {
      id: stale.id,
      version: stale.version,
      currentLevel: 1,
      targetLevel: 2,
    })
    expect(error.code).toBe('conflict')
    expect(item(b, a.id, 'DF.1.1')).toMatchObject({ currentLevel: 2, targetLevel: 4 })
  })

  it('leaves not-applicable items out of the gap analysis and ranks the largest gaps', () => {
    const b = packBackend()
    const a = createDf(b, { areas: ['DF.1', 'DF.4'] })
    score(b, a.id, 'DF.1.1', 1, 4)
    score(b, a.id, 'DF.1.2', 3, 4)
    // Marked not applicable with levels: the levels are dropped and the item leaves the means.
    const na = score(b, a.id, 'DF.1.3', 1, 5, { notApplicable: true })
    expect(na).toMatchObject({ notApplicable: true, currentLevel: null, targetLevel: null })
    score(b, a.id, 'DF.4.2', 2, 4)
    const d = detail(b, a.id)
    const df1 = d.areas.find((x) => x.code === 'DF.1')!
    expect(df1.gap).toEqual({ current: 2, target: 4, gap: 2, scored: 2, applicable: 4 })
    expect(d.areas.find((x) => x.code === 'DF.4')!.gap).toMatchObject({ current: 2, gap: 2 })
    expect(d.overall).toEqual({ current: 2, target: 4, gap: 2, scored: 3, applicable: 9 })
    expect(d.largestGaps.map((g) => [g.code, g.gap])).toEqual([
      ['DF.1.1', 3],
      ['DF.4.2', 2],
      ['DF.1.2', 1],
    ])
    expect(d.assessment.progress).toMatchObject({ scored: 3, applicable: 9, notApplicable: 1 })
  })
})

describe('recommendations', () => {
  it('adds, edits and deletes recommendations, each audited', () => {
    const b = packBackend()
    const a = createDf(b, { areas: ['DF.4'] })
    const i = item(b, a.id, 'DF.4.2')
    const rec = ok(b, 'assessments:addRecommendation', {
      assessmentItemId: i.id,
      text: 'Set up a national targeting centre',
      priority: 'high',
      horizon: 'short',
      responsibleUnit: 'Risk Management Directorate',
      accepted: 'yes',
    })
    expect(item(b, a.id, 'DF.4.2').recommendations.map((r) => r.text)).toEqual([
      'Set up a national targeting centre',
    ])
    const edited = ok(b, 'assessments:updateRecommendation', {
      id: rec.id,
      version: rec.version,
      text: rec.text,
      priority: 'medium',
      horizon: 'medium',
      responsibleUnit: rec.responsibleUnit,
      accepted: 'partly',
    })
    expect(edited).toMatchObject({ priority: 'medium', accepted: 'partly', version: 2 })
    expect(
      failure(b, 'assessments:deleteRecommendation', { id: rec.id, version: rec.version }).code,
    ).toBe('conflict')
    ok(b, 'assessments:deleteRecommendation', { id: rec.id, version: edited.version })
    expect(item(b, a.id, 'DF.4.2').recommendations).toEqual([])
    expect(auditActions(b, 'recommendation')).toEqual(['create', 'update', 'delete'])
  })

  it('requires the text and a known priority and horizon', () => {
    const b = packBackend()
    const a = createDf(b, { areas: ['DF.4'] })
    const error = failure(b, 'assessments:addRecommendation', {
      assessmentItemId: item(b, a.id, 'DF.4.2').id,
      text: '  ',
      priority: 'urgent',
      horizon: 'short',
    })
    expect(error.details?.map((d) => d.path).sort()).toEqual(['priority', 'text'])
    expect(count(b, 'recommendations')).toBe(0)
  })
})

describe('header edits and deletion', () => {
  it('saves the header with a version check and validates dates', () => {
    const b = packBackend()
    const a = createDf(b, { areas: ['DF.1'] })
    const header = {
      id: a.id,
      version: a.version,
      type: a.type,
      title: 'Diagnostic mission 2026 (final)',
      startDate: a.startDate,
      endDate: a.endDate,
      lead: a.lead,
      status: 'completed' as const,
    }
    const bad = failure(b, 'assessments:update', { ...header, endDate: '2026-01-01' })
    expect(bad.details?.[0]).toMatchObject({ path: 'endDate' })
    const saved = ok(b, 'assessments:update', header)
    expect(saved).toMatchObject({ status: 'completed', version: 2 })
    expect(failure(b, 'assessments:update', header).code).toBe('conflict')
  })

  it('deletes an assessment with its items and recommendations; the audit keeps them', () => {
    const b = packBackend()
    const a = createDf(b, { areas: ['DF.1'] })
    score(b, a.id, 'DF.1.1', 2, 4)
    ok(b, 'assessments:addRecommendation', {
      assessmentItemId: item(b, a.id, 'DF.1.1').id,
      text: 'Adopt the plan',
      priority: 'high',
      horizon: 'short',
    })
    ok(b, 'assessments:delete', { id: a.id, version: a.version })
    expect(count(b, 'assessments')).toBe(0)
    expect(count(b, 'assessment_items')).toBe(0)
    expect(count(b, 'recommendations')).toBe(0)
    const last = b.ctx.db
      .prepare(
        "SELECT before_json FROM audit_log WHERE action = 'delete' AND entity_type = 'assessment'",
      )
      .pluck()
      .get() as string
    expect(JSON.parse(last).items[0]).toMatchObject({ current_level: 2, target_level: 4 })
    expect(failure(b, 'assessments:get', { id: a.id }).code).toBe('not_found')
  })
})
