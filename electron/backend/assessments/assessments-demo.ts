import type { AssessmentSummary, TraceTargetType } from '../../../shared/contract'
import type { ServiceContext } from '../context'
import { itemRowsOf } from './assessments-repo'
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

function scoreAll(
  ctx: ServiceContext,
  a: AssessmentSummary,
  year: Year,
  codes: Map<number, string>,
) {
  const byCode = new Map(DEMO_SCORES.map((s) => [s.code, s]))
  const ids = new Map<string, number>()
  for (const row of itemRowsOf(ctx.db, a.id)) {
    const code = codes.get(row.item_id)!
    ids.set(code, row.id)
    const s = byCode.get(code)
    if (!s) continue
    const [current, target] = s[year]
    scoreItem(ctx, {
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
function bestTarget(
  ctx: ServiceContext,
  objectiveCode: string,
  keywords: string[],
): { targetType: TraceTargetType; targetId: number } | null {
  const objective = ctx.db
    .prepare('SELECT id FROM objectives WHERE code = ?')
    .get(objectiveCode) as { id: number } | undefined
  if (!objective) return null
  const candidates = [
    ...(
      ctx.db
        .prepare('SELECT id, level, statement AS text FROM results WHERE objective_id = ?')
        .all(objective.id) as { id: number; level: string; text: string }[]
    ).map((c) => ({ ...c, type: 'result' as const, rank: c.level === 'output' ? 2 : 1 })),
    ...(
      ctx.db
        .prepare(
          `SELECT a.id, a.title AS text FROM activities a JOIN results o ON o.id = a.output_id
           WHERE o.objective_id = ?`,
        )
        .all(objective.id) as { id: number; text: string }[]
    ).map((c) => ({ ...c, type: 'activity' as const, rank: 0 })),
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
    : { targetType: 'objective', targetId: objective.id }
}

function dispose(ctx: ServiceContext, rec: DemoRecommendation, recId: number, gapId: number) {
  const then = rec.then
  if (!then) return
  if ('link' in then) {
    const target = bestTarget(ctx, then.link, then.keywords)
    if (target) link(ctx, { sourceType: 'recommendation', sourceId: recId, ...target })
    return
  }
  defer(ctx, { sourceType: 'recommendation', sourceId: recId, version: 1, reason: then.defer })
  if (then.alsoGap) {
    const version = (
      ctx.db.prepare('SELECT version FROM assessment_items WHERE id = ?').get(gapId) as {
        version: number
      }
    ).version
    defer(ctx, { sourceType: 'gap', sourceId: gapId, version, reason: then.defer })
  }
}

/**
 * Adds the assessments part of the demo administration (runs inside the demo's transaction,
 * after the plan demo): a 2023 self-assessment and the 2026 WCO diagnostic mission started from
 * it, scored, with recommendations that are linked to the plan, deferred or left uncovered.
 */
export function seedAssessmentsDemo(ctx: ServiceContext): void {
  const df = listFrameworks(ctx).find((f) => f.code === 'DF')
  // Without the built-in pack there is no framework to assess; the rest of the demo stands alone.
  if (!df) return
  const codes = new Map<number, string>()
  for (const row of ctx.db
    .prepare("SELECT id, code FROM library_items WHERE kind = 'framework_item' AND scope = 'DF'")
    .all() as { id: number; code: string }[])
    codes.set(row.id, row.code)

  const earlier = createAssessment(ctx, {
    frameworkId: df.id,
    type: 'self_assessment',
    title: 'Self-assessment 2023',
    startDate: '2023-05-15',
    endDate: '2023-05-19',
    lead: 'self',
    status: 'in_progress',
    areaIds: df.areas.map((a) => a.id),
  })
  scoreAll(ctx, earlier, 'y2023', codes)
  const closed = complete(ctx, earlier.id)

  const mission = startCycle(ctx, {
    fromId: closed.id,
    type: 'full_diagnostic',
    title: 'Diagnostic mission 2026',
    startDate: '2026-02-09',
    endDate: '2026-02-20',
    lead: 'wco',
  })
  const itemIds = scoreAll(ctx, mission, 'y2026', codes)
  for (const rec of DEMO_RECOMMENDATIONS) {
    const gapId = itemIds.get(rec.code)!
    const made = addRecommendation(ctx, {
      assessmentItemId: gapId,
      text: rec.text,
      priority: rec.priority,
      horizon: rec.horizon,
      responsibleUnit: rec.unit,
      accepted: rec.accepted,
    })
    dispose(ctx, rec, made.id, gapId)
  }
  complete(ctx, mission.id)
}

function complete(ctx: ServiceContext, id: number): AssessmentSummary {
  const a = listAssessments(ctx).find((x) => x.id === id)!
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
