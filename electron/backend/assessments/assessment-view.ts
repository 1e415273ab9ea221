import type {
  AreaView,
  AssessmentDetail,
  AssessmentItemView,
  AssessmentSummary,
  RecommendationView,
  AssessmentScale,
  TraceLinkView,
} from '../../../shared/contract'
import {
  gapByArea,
  largestGaps,
  summariseGap,
  type ScoredItem,
} from '../../../shared/domain/maturity-gap'
import type { Db } from '../db/database'
import { AppFailure } from '../errors'
import {
  findAssessment,
  itemRowsOf,
  recommendationRowsOf,
  recommendationRowsOfItem,
  type AssessmentItemRow,
  type RecommendationRow,
} from './assessments-repo'
import { areaOf, loadFramework, type FrameworkNode, type FrameworkTree } from './framework-repo'
import { linksBySource } from './trace-repo'

/** How many entries the ranked list of gaps shows. */
export const RANKED_GAPS = 10

/** The assessment, or a not_found failure in words. */
export async function mustFindAssessment(db: Db, id: number): Promise<AssessmentSummary> {
  const found = await findAssessment(db, id)
  if (!found) throw new AppFailure('not_found', 'This assessment no longer exists.')
  return found
}

/** The framework of an assessment with a usable scale, or a conflict explaining why not. */
export async function frameworkWithScale(
  db: Db,
  frameworkId: number,
): Promise<FrameworkTree & { scale: AssessmentScale }> {
  const tree = await loadFramework(db, frameworkId)
  if (!tree) throw new AppFailure('not_found', 'This framework is no longer installed.')
  if (!tree.scale) {
    throw new AppFailure(
      'conflict',
      `Framework ${tree.code} has no maturity scale installed, so it cannot be scored. Install the template pack that provides its scale.`,
    )
  }
  return tree as FrameworkTree & { scale: AssessmentScale }
}

/** A recommendation row for the UI. */
export function toRecommendation(
  r: RecommendationRow,
  links: TraceLinkView[] = [],
): RecommendationView {
  return {
    id: r.id,
    assessmentItemId: r.assessment_item_id,
    text: r.text,
    priority: r.priority,
    horizon: r.horizon,
    responsibleUnit: r.responsible_unit,
    accepted: r.accepted,
    deferredReason: r.deferred_reason,
    links,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

/** An item row for the UI. */
export function toItem(
  row: AssessmentItemRow,
  node: FrameworkNode,
  areaId: number,
  extra: { links?: TraceLinkView[]; recommendations?: RecommendationView[] } = {},
): AssessmentItemView {
  return {
    id: row.id,
    itemId: row.item_id,
    areaId,
    code: node.code,
    title: node.title,
    guidance: node.guidance,
    weight: node.weight,
    currentLevel: row.current_level,
    targetLevel: row.target_level,
    notApplicable: row.not_applicable === 1,
    evidence: row.evidence,
    currentState: row.current_state,
    desiredState: row.desired_state,
    carriedForward: row.carried_unchanged === 1,
    carriedFromId: row.carried_from_id,
    deferredReason: row.deferred_reason,
    links: extra.links ?? [],
    recommendations: extra.recommendations ?? [],
    version: row.version,
    updatedAt: row.updated_at,
  }
}

/** What the gap rules need from an item. */
export const scored = (i: AssessmentItemView): ScoredItem => ({
  itemId: i.id,
  areaId: i.areaId,
  current: i.currentLevel,
  target: i.targetLevel,
  notApplicable: i.notApplicable,
  weight: i.weight,
})

/** The items of an assessment grouped by area, in framework order, with links and recommendations. */
export async function itemsByArea(
  db: Db,
  a: AssessmentSummary,
  tree: FrameworkTree,
): Promise<{ areas: { node: FrameworkNode; items: AssessmentItemView[] }[] }> {
  const recRows = await recommendationRowsOf(db, a.id)
  const itemRows = await itemRowsOf(db, a.id)
  // Only this assessment's links, each with only the plan parts it points at.
  const links = await linksBySource(db, {
    gapIds: itemRows.map((r) => r.id),
    recommendationIds: recRows.map((r) => r.id),
  })
  const recs = new Map<number, RecommendationView[]>()
  for (const r of recRows) {
    const list = recs.get(r.assessment_item_id) ?? []
    list.push(toRecommendation(r, links.get(`recommendation:${r.id}`)))
    recs.set(r.assessment_item_id, list)
  }
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]))
  const areaIds = areaOf(tree)
  const rows = itemRows
    .filter((r) => nodes.has(r.item_id))
    .sort((x, y) => nodes.get(x.item_id)!.position - nodes.get(y.item_id)!.position)
  const items = rows.map((r) =>
    toItem(r, nodes.get(r.item_id)!, areaIds.get(r.item_id)!, {
      links: links.get(`gap:${r.id}`),
      recommendations: recs.get(r.id),
    }),
  )
  const inScope = new Set(a.areaIds)
  return {
    areas: tree.areas
      .filter((n) => inScope.has(n.id))
      .map((node) => ({ node, items: items.filter((i) => i.areaId === node.id) })),
  }
}

/** Everything the scoring and gap-analysis views show for one assessment. */
export async function assessmentDetail(db: Db, id: number): Promise<AssessmentDetail> {
  const assessment = await mustFindAssessment(db, id)
  const tree = await frameworkWithScale(db, assessment.frameworkId)
  const { areas } = await itemsByArea(db, assessment, tree)
  const all = areas.flatMap((a) => a.items)
  const points = all.map(scored)
  const perArea = gapByArea(
    points,
    areas.map((a) => a.node.id),
  )
  const byId = new Map(all.map((i) => [i.id, i]))
  const areaCode = new Map(areas.map((a) => [a.node.id, a.node.code]))
  const areaViews: AreaView[] = areas.map((a) => ({
    id: a.node.id,
    code: a.node.code,
    title: a.node.title,
    items: a.items,
    gap: perArea.get(a.node.id)!,
  }))
  return {
    assessment,
    scale: tree.scale,
    areas: areaViews,
    overall: summariseGap(points),
    largestGaps: largestGaps(points, RANKED_GAPS).map((g) => {
      const item = byId.get(g.itemId)!
      return {
        assessmentItemId: item.id,
        code: item.code,
        title: item.title,
        areaCode: areaCode.get(item.areaId) ?? '',
        current: g.current!,
        target: g.target!,
        gap: g.gap,
      }
    }),
  }
}

/** One item with its links and recommendations, as the scoring view shows it. */
export async function itemView(
  db: Db,
  tree: FrameworkTree,
  row: AssessmentItemRow,
): Promise<AssessmentItemView> {
  const recRows = await recommendationRowsOfItem(db, row.id)
  const links = await linksBySource(db, {
    gapIds: [row.id],
    recommendationIds: recRows.map((r) => r.id),
  })
  const node = tree.nodes.find((n) => n.id === row.item_id)!
  return toItem(row, node, areaOf(tree).get(node.id)!, {
    links: links.get(`gap:${row.id}`),
    recommendations: recRows.map((r) => toRecommendation(r, links.get(`recommendation:${r.id}`))),
  })
}
