import type { AssessmentSummary, TraceTargetType } from '../../../shared/contract'
import type { ServiceContext } from '../context'
import { libraryItemsOfKind } from '../packs/packs-read'
import {
  findObjectiveIdByCode,
  listActivitySummaries,
  listResultSummaries,
} from '../plan/plan-read'
import { findItemRow, itemRowsOf } from './assessments-repo'
import {
  createAssessment,
  listAssessments,
  listFrameworks,
  scoreItem,
  startCycle,
  updateAssessment,
} from './assessments-service'
import { DEMO_RECOMMENDATIONS, type DemoRecommendation } from './assessments-demo-recommendations'
import { DEMO_SCORES } from './assessments-demo-scores'
import { addRecommendation } from './recommendations-service'
import { defer, link } from './traceability-service'

type Year = 'y2023' | 'y2026'

async function scoreAll(
  ctx: ServiceContext,
  a: AssessmentSummary,
  year: Year,
  codes: Map<number, string>,
): Promise<Map<string, number>> {
  const byCode = new Map(DEMO_SCORES.map((s) => [s.code, s]))
  const ids = new Map<string, number>()
  for (const row of await itemRowsOf(ctx.db, a.id)) {
    const code = codes.get(row.item_id)!
    ids.set(code, row.id)
    const s = byCode.get(code)
    if (!s) continue
    const [current, target] = s[year]
    await scoreItem(ctx, {
      id: row.id,
      version: row.version,
      currentLevel: current,
      targetLevel: target,
      notApplicable: false,
      // 2023 was a one-week workshop: short notes. 2026 is the mission's full record.
      evidence:
        year === 'y2023' ? 'Self-assessment workshop, May 2023 (consensus score).' : s.evidence,
      currentState: year === 'y2023' ? '' : s.currentState,
      desiredState: year === 'y2023' ? '' : s.desiredState,
    })
  }
  return ids
}

/**
 * The plan element that best answers a recommendation: the outcome, output or activity under
 * the named objective whose wording matches most keywords, else the objective itself. The plan
 * demo is written by another part of the app, so its rows are read, never assumed.
 */
async function bestTarget(
  ctx: ServiceContext,
  objectiveCode: string,
  keywords: string[],
): Promise<{ targetType: TraceTargetType; targetId: number } | null> {
  const objectiveId = await findObjectiveIdByCode(ctx.db, objectiveCode)
  if (objectiveId === undefined) return null
  const candidates = [
    ...(await listResultSummaries(ctx.db, { objectiveId })).map((c) => ({
      id: c.id,
      text: c.statement,
      type: 'result' as const,
      rank: c.level === 'output' ? 2 : 1,
    })),
    ...(await listActivitySummaries(ctx.db, { objectiveId })).map((c) => ({
      id: c.id,
      text: c.title,
      type: 'activity' as const,
      rank: 0,
    })),
  ]
  let best: { type: TraceTargetType; id: number; hits: number; rank: number } | null = null
  for (const c of candidates) {
    const text = c.text.toLowerCase()
    const hits = keywords.filter((k) => text.includes(k)).length
    if (hits === 0) continue
    if (!best || hits > best.hits || (hits === best.hits && c.rank > best.rank)) {
      best = { type: c.type, id: c.id, hits, rank: c.rank }
    }
  }
  return best
    ? { targetType: best.type, targetId: best.id }
    : { targetType: 'objective', targetId: objectiveId }
}

async function dispose(
  ctx: ServiceContext,
  rec: DemoRecommendation,
  recId: number,
  gapId: number,
): Promise<void> {
  const then = rec.then
  if (!then) return
  if ('link' in then) {
    const target = await bestTarget(ctx, then.link, then.keywords)
    if (target) await link(ctx, { sourceType: 'recommendation', sourceId: recId, ...target })
    return
  }
  await defer(ctx, {
    sourceType: 'recommendation',
    sourceId: recId,
    version: 1,
    reason: then.defer,
  })
  if (then.alsoGap) {
    const { version } = (await findItemRow(ctx.db, gapId))!
    await defer(ctx, { sourceType: 'gap', sourceId: gapId, version, reason: then.defer })
  }
}

/**
 * Adds the assessments part of the demo administration (runs inside the demo's transaction,
 * after the plan demo): a 2023 self-assessment and the 2026 WCO diagnostic mission started from
 * it, scored, with recommendations that are linked to the plan, deferred or left uncovered.
 */
export async function seedAssessmentsDemo(ctx: ServiceContext): Promise<void> {
  const df = (await listFrameworks(ctx)).find((f) => f.code === 'DF')
  // Without the built-in pack there is no framework to assess; the rest of the demo stands alone.
  if (!df) return
  const codes = new Map<number, string>()
  const items = await libraryItemsOfKind(ctx.db, 'framework_item', {
    scope: 'DF',
    includeArchived: true,
  })
  for (const item of items) codes.set(item.id, item.code)

  const earlier = await createAssessment(ctx, {
    frameworkId: df.id,
    type: 'self_assessment',
    title: 'Self-assessment 2023',
    startDate: '2023-05-15',
    endDate: '2023-05-19',
    lead: 'self',
    status: 'in_progress',
    areaIds: df.areas.map((a) => a.id),
  })
  await scoreAll(ctx, earlier, 'y2023', codes)
  const closed = await complete(ctx, earlier.id)

  const mission = await startCycle(ctx, {
    fromId: closed.id,
    type: 'full_diagnostic',
    title: 'Diagnostic mission 2026',
    startDate: '2026-02-09',
    endDate: '2026-02-20',
    lead: 'wco',
  })
  const itemIds = await scoreAll(ctx, mission, 'y2026', codes)
  for (const rec of DEMO_RECOMMENDATIONS) {
    const gapId = itemIds.get(rec.code)!
    const made = await addRecommendation(ctx, {
      assessmentItemId: gapId,
      text: rec.text,
      priority: rec.priority,
      horizon: rec.horizon,
      responsibleUnit: rec.unit,
      accepted: rec.accepted,
    })
    await dispose(ctx, rec, made.id, gapId)
  }
  await complete(ctx, mission.id)
}

async function complete(ctx: ServiceContext, id: number): Promise<AssessmentSummary> {
  const a = (await listAssessments(ctx)).find((x) => x.id === id)!
  return updateAssessment(ctx, {
    id,
    version: a.version,
    type: a.type,
    title: a.title,
    startDate: a.startDate,
    endDate: a.endDate,
    lead: a.lead,
    status: 'completed',
  })
}
