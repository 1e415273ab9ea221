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
  it('offers the built-in frameworks that have a scale, with their areas and level names', async () => {
    const b = await packBackend()
    const frameworks = await ok(b, 'assessments:frameworks', undefined)
    const codes = frameworks.map((f) => f.code)
    expect(codes).toEqual(expect.arrayContaining(['DF', 'RAD']))
    // ODP, the delivery phases and the logframe levels have no scale: nothing to score.
    expect(codes).not.toContain('ODP')
    const df = await framework(b, 'DF')
    expect(df.areas).toHaveLength(7)
    expect(df.assessableCount).toBe(33)
    expect(df.scale).toMatchObject({ code: 'GENERIC5', min: 1, max: 5 })
    expect(df.scale.levels[0]!.name).toMatchObject({ en: 'Initial / ad hoc' })
    expect((await framework(b, 'RAD')).scale).toMatchObject({ code: 'RATING0_4', min: 0, max: 4 })
  })
})

describe('creating an assessment', () => {
  it('creates one unscored row per assessable item in scope, audited', async () => {
    const b = await packBackend()
    const a = await createDf(b, { areas: ['DF.1', 'DF.4'] })
    expect(a).toMatchObject({
      title: 'Diagnostic mission 2026',
      frameworkCode: 'DF',
      lead: 'wco',
      status: 'in_progress',
      progress: { scored: 0, applicable: 10, total: 10, notApplicable: 0, carried: 0 },
    })
    expect((await detail(b, a.id)).areas.map((x) => x.code)).toEqual(['DF.1', 'DF.4'])
    expect((await ok(b, 'assessments:list', undefined)).map((x) => x.id)).toEqual([a.id])
    expect(await auditActions(b, 'assessment')).toEqual(['create'])
  })

  it('refuses an end date before the start date, naming the field, and creates nothing', async () => {
    const b = await packBackend()
    const df = await framework(b, 'DF')
    const error = await failure(b, 'assessments:create', {
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
    expect(await count(b, 'assessments')).toBe(0)
    expect(await count(b, 'assessment_items')).toBe(0)
  })

  it('refuses impossible dates, unknown frameworks and areas of another framework', async () => {
    const b = await packBackend()
    const df = await framework(b, 'DF')
    const rad = await framework(b, 'RAD')
    const base = {
      frameworkId: df.id,
      type: 'full_diagnostic',
      title: 'Mission',
      lead: 'wco',
      areaIds: [df.areas[0]!.id],
    }
    const badDate = await failure(b, 'assessments:create', { ...base, startDate: '2026-02-30' })
    expect(badDate.details?.[0]).toMatchObject({ path: 'startDate' })
    expect(badDate.message).toContain('not a real calendar date')
    expect(
      (await failure(b, 'assessments:create', { ...base, frameworkId: 99999 })).details?.[0],
    ).toMatchObject({ path: 'frameworkId' })
    const foreign = await failure(b, 'assessments:create', { ...base, areaIds: [rad.areas[0]!.id] })
    expect(foreign.details?.[0]).toMatchObject({ path: 'areaIds' })
    expect(
      (await failure(b, 'assessments:create', { ...base, areaIds: [] })).details?.[0],
    ).toMatchObject({
      path: 'areaIds',
    })
    expect(await count(b, 'assessments')).toBe(0)
  })

  it('keeps markup in titles and evidence as plain text', async () => {
    const b = await packBackend()
    const a = await createDf(b, { title: '<script>x</script> & mission', areas: ['DF.1'] })
    expect(a.title).toBe('<script>x</script> & mission')
    const saved = await score(b, a.id, 'DF.1.1', 2, 4, { evidence: '<b>Plan</b> not approved' })
    expect(saved.evidence).toBe('<b>Plan</b> not approved')
  })
})

describe('scoring', () => {
  it('updates progress as items are scored and audits each score', async () => {
    const b = await packBackend()
    const a = await createDf(b)
    await score(b, a.id, 'DF.1.1', 2, 4)
    await score(b, a.id, 'DF.4.2', 1, 4)
    const progress = (await ok(b, 'assessments:list', undefined))[0]!.progress
    expect(progress).toMatchObject({ scored: 2, applicable: 33, total: 33 })
    expect(await auditActions(b, 'assessment_item')).toEqual(['score', 'score'])
  })

  it('refuses levels outside the scale and a target below the current level; nothing changes', async () => {
    const b = await packBackend()
    const a = await createDf(b, { areas: ['DF.1'] })
    const i = await item(b, a.id, 'DF.1.1')
    const send = (currentLevel: number | null, targetLevel: number | null) =>
      failure(b, 'assessments:scoreItem', {
        id: i.id,
        version: i.version,
        currentLevel,
        targetLevel,
      })
    expect((await send(6, 5)).details?.[0]).toMatchObject({
      path: 'currentLevel',
      code: 'too_big',
      params: { max: 5 },
    })
    expect((await send(0, 3)).details?.[0]).toMatchObject({
      path: 'currentLevel',
      code: 'too_small',
      params: { min: 1 },
    })
    const below = await send(4, 2)
    expect(below.details?.[0]).toMatchObject({
      path: 'targetLevel',
      params: { rule: 'target_below_current' },
    })
    expect(below.message).toContain('below the current level')
    expect(await item(b, a.id, 'DF.1.1')).toMatchObject({ currentLevel: null, version: 1 })
    expect(await auditActions(b, 'assessment_item')).toEqual([])
  })

  it('accepts level 0 where the scale has it (integrity 0–4)', async () => {
    const b = await packBackend()
    const rad = await framework(b, 'RAD')
    const a = await ok(b, 'assessments:create', {
      frameworkId: rad.id,
      type: 'integrity_self',
      title: 'Integrity self-assessment',
      lead: 'self',
      areaIds: rad.areas.map((x) => x.id),
    })
    expect(a.progress.total).toBe(10)
    expect(await score(b, a.id, 'RAD.1', 0, 3)).toMatchObject({ currentLevel: 0, targetLevel: 3 })
  })

  it('refuses to overwrite a score someone else saved first', async () => {
    const b = await packBackend()
    const a = await createDf(b, { areas: ['DF.1'] })
    const stale = await item(b, a.id, 'DF.1.1')
    await score(b, a.id, 'DF.1.1', 2, 4)
    const error = await failure(b, 'assessments:scoreItem', {
      id: stale.id,
      version: stale.version,
      currentLevel: 1,
      targetLevel: 2,
    })
    expect(error.code).toBe('conflict')
    expect(await item(b, a.id, 'DF.1.1')).toMatchObject({ currentLevel: 2, targetLevel: 4 })
  })

  it('leaves not-applicable items out of the gap analysis and ranks the largest gaps', async () => {
    const b = await packBackend()
    const a = await createDf(b, { areas: ['DF.1', 'DF.4'] })
    await score(b, a.id, 'DF.1.1', 1, 4)
    await score(b, a.id, 'DF.1.2', 3, 4)
    // Marked not applicable with levels: the levels are dropped and the item leaves the means.
    const na = await score(b, a.id, 'DF.1.3', 1, 5, { notApplicable: true })
    expect(na).toMatchObject({ notApplicable: true, currentLevel: null, targetLevel: null })
    await score(b, a.id, 'DF.4.2', 2, 4)
    const d = await detail(b, a.id)
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
  it('adds, edits and deletes recommendations, each audited', async () => {
    const b = await packBackend()
    const a = await createDf(b, { areas: ['DF.4'] })
    const i = await item(b, a.id, 'DF.4.2')
    const rec = await ok(b, 'assessments:addRecommendation', {
      assessmentItemId: i.id,
      text: 'Set up a national targeting centre',
      priority: 'high',
      horizon: 'short',
      responsibleUnit: 'Risk Management Directorate',
      accepted: 'yes',
    })
    expect((await item(b, a.id, 'DF.4.2')).recommendations.map((r) => r.text)).toEqual([
      'Set up a national targeting centre',
    ])
    const edited = await ok(b, 'assessments:updateRecommendation', {
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
      (await failure(b, 'assessments:deleteRecommendation', { id: rec.id, version: rec.version }))
        .code,
    ).toBe('conflict')
    await ok(b, 'assessments:deleteRecommendation', { id: rec.id, version: edited.version })
    expect((await item(b, a.id, 'DF.4.2')).recommendations).toEqual([])
    expect(await auditActions(b, 'recommendation')).toEqual(['create', 'update', 'delete'])
  })

  it('requires the text and a known priority and horizon', async () => {
    const b = await packBackend()
    const a = await createDf(b, { areas: ['DF.4'] })
    const error = await failure(b, 'assessments:addRecommendation', {
      assessmentItemId: (await item(b, a.id, 'DF.4.2')).id,
      text: '  ',
      priority: 'urgent',
      horizon: 'short',
    })
    expect(error.details?.map((d) => d.path).sort()).toEqual(['priority', 'text'])
    expect(await count(b, 'recommendations')).toBe(0)
  })
})

describe('header edits and deletion', () => {
  it('saves the header with a version check and validates dates', async () => {
    const b = await packBackend()
    const a = await createDf(b, { areas: ['DF.1'] })
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
    const bad = await failure(b, 'assessments:update', { ...header, endDate: '2026-01-01' })
    expect(bad.details?.[0]).toMatchObject({ path: 'endDate' })
    const saved = await ok(b, 'assessments:update', header)
    expect(saved).toMatchObject({ status: 'completed', version: 2 })
    expect((await failure(b, 'assessments:update', header)).code).toBe('conflict')
  })

  it('deletes an assessment with its items and recommendations; the audit keeps them', async () => {
    const b = await packBackend()
    const a = await createDf(b, { areas: ['DF.1'] })
    await score(b, a.id, 'DF.1.1', 2, 4)
    await ok(b, 'assessments:addRecommendation', {
      assessmentItemId: (await item(b, a.id, 'DF.1.1')).id,
      text: 'Adopt the plan',
      priority: 'high',
      horizon: 'short',
    })
    await ok(b, 'assessments:delete', { id: a.id, version: a.version })
    expect(await count(b, 'assessments')).toBe(0)
    expect(await count(b, 'assessment_items')).toBe(0)
    expect(await count(b, 'recommendations')).toBe(0)
    const last = await b.ctx.db
      .selectFrom('audit_log')
      .select('before_json')
      .where('action', '=', 'delete')
      .where('entity_type', '=', 'assessment')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(last.before_json!).items[0]).toMatchObject({
      current_level: 2,
      target_level: 4,
    })
    expect((await failure(b, 'assessments:get', { id: a.id })).code).toBe('not_found')
  })
})
