import type { CoverageEntry, CoverageReport, TraceLinkView } from '../../../shared/contract'
import { byCoverageUrgency, coverageStatus } from '../../../shared/domain/coverage'
import {
  isHighPriorityGap,
  isLive,
  itemGap,
  needsCoverage,
} from '../../../shared/domain/traceability'
import type { ServiceContext } from '../context'
import { frameworkWithScale, itemsByArea, mustFindAssessment } from './assessment-view'
import { listAssessments } from './assessments-repo'
import type { FrameworkTree } from './framework-repo'

const natural = new Intl.Collator('en', { numeric: true })

/**
 * The assessments the coverage check looks at: the one asked for, or every assessment that no
 * later cycle has replaced (an earlier cycle's gaps live on in its successor).
 */
async function assessmentsInScope(ctx: ServiceContext, assessmentId?: number) {
  if (assessmentId !== undefined) return [await mustFindAssessment(ctx.db, assessmentId)]
  const all = await listAssessments(ctx.db)
  const superseded = new Set(all.map((a) => a.previousId).filter((id) => id !== null))
  return all.filter((a) => !superseded.has(a.id))
}

const uniqueLinks = (links: TraceLinkView[]): TraceLinkView[] => [
  ...new Map(links.map((l) => [l.id, l])).values(),
]

/**
 * Every accepted recommendation and every high-priority gap with its coverage status:
 * not covered first (what the head of unit must act on), then deferred, then addressed.
 */
export async function coverageReport(
  ctx: ServiceContext,
  assessmentId?: number,
): Promise<CoverageReport> {
  const assessments = await assessmentsInScope(ctx, assessmentId)
  const trees = new Map<number, FrameworkTree>()
  const entries: (CoverageEntry & { order: number })[] = []
  for (const [assessmentOrder, a] of assessments.entries()) {
    const tree = trees.get(a.frameworkId) ?? (await frameworkWithScale(ctx.db, a.frameworkId))
    trees.set(a.frameworkId, tree)
    for (const area of (await itemsByArea(ctx.db, a, tree)).areas) {
      for (const item of area.items) {
        const traced = {
          current: item.currentLevel,
          target: item.targetLevel,
          notApplicable: item.notApplicable,
        }
        const base = {
          assessmentId: a.id,
          assessmentTitle: a.title,
          itemCode: item.code,
          itemTitle: item.title,
          areaTitle: area.node.title,
          current: item.notApplicable ? null : item.currentLevel,
          target: item.notApplicable ? null : item.targetLevel,
          gap: itemGap(traced),
          order: assessmentOrder,
        }
        if (isHighPriorityGap(traced, item.recommendations)) {
          // A gap is answered by its own links and by those of its live recommendations.
          const links = uniqueLinks([
            ...item.links,
            ...item.recommendations.filter(isLive).flatMap((r) => r.links),
          ])
          const high = item.recommendations.some((r) => r.priority === 'high' && isLive(r))
          entries.push({
            ...base,
            sourceType: 'gap',
            sourceId: item.id,
            version: item.version,
            reason: 'high_priority_gap',
            status: coverageStatus({ links: links.length, deferredReason: item.deferredReason }),
            text: item.desiredState || item.currentState,
            priority: high ? 'high' : null,
            horizon: null,
            accepted: null,
            responsibleUnit: '',
            deferredReason: item.deferredReason,
            links,
          })
        }
        for (const r of item.recommendations.filter(needsCoverage)) {
          entries.push({
            ...base,
            sourceType: 'recommendation',
            sourceId: r.id,
            version: r.version,
            reason: 'accepted_recommendation',
            status: coverageStatus({ links: r.links.length, deferredReason: r.deferredReason }),
            text: r.text,
            priority: r.priority,
            horizon: r.horizon,
            accepted: r.accepted,
            responsibleUnit: r.responsibleUnit,
            deferredReason: r.deferredReason,
            links: r.links,
          })
        }
      }
    }
  }
  // Within a status: assessment, then framework order, a gap before its recommendations.
  entries.sort(
    (x, y) =>
      byCoverageUrgency(x, y) ||
      x.order - y.order ||
      natural.compare(x.itemCode, y.itemCode) ||
      (x.sourceType === y.sourceType ? x.sourceId - y.sourceId : x.sourceType === 'gap' ? -1 : 1),
  )
  const counts = { not_covered: 0, deferred: 0, addressed: 0, total: entries.length }
  for (const e of entries) counts[e.status]++
  return {
    counts,
    entries: entries.map(({ order: _order, ...e }) => e),
    assessments: assessments.map((a) => ({ id: a.id, title: a.title })),
  }
}
