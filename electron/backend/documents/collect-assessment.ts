import type { LocalText } from '../../../shared/contract'
import { coverageStatus, type CoverageStatus } from '../../../shared/domain/coverage'
import {
  gapByArea,
  largestGaps,
  summariseGap,
  type ScoredItem,
} from '../../../shared/domain/maturity-gap'
import {
  assessmentItemRecords,
  assessmentScope,
  findAssessmentRecord,
  latestAssessmentRecord,
  recommendationRecords,
} from '../assessments/assessments-read'
import type { Db } from '../db/database'
import { libraryItem, libraryItemsOfKind, type LibraryEntry } from '../packs/packs-read'

/** A needs assessment as its report shows it. */
export interface AssessmentData {
  assessment: {
    id: number
    title: string
    type: string
    lead: string
    start: string | null
    end: string | null
    framework: LocalText
  } | null
  overall: {
    current: number | null
    target: number | null
    gap: number | null
    scored: number
    applicable: number
  }
  areas: {
    code: string
    title: LocalText
    current: number | null
    target: number | null
    gap: number | null
  }[]
  largest: { code: string; title: LocalText; current: number; target: number; gap: number }[]
  recommendations: {
    item: string
    text: string
    priority: string
    horizon: string
    unit: string
    accepted: string
    coverage: CoverageStatus
    deferredReason: string
  }[]
}

const empty: AssessmentData = {
  assessment: null,
  overall: { current: null, target: null, gap: null, scored: 0, applicable: 0 },
  areas: [],
  largest: [],
  recommendations: [],
}

type Item = LibraryEntry<'framework_item'>
type Scored = ScoredItem & { item: Item }

/** Reads one assessment (or the latest) with its gap analysis and recommendations. */
export async function collectAssessment(db: Db, id?: number): Promise<AssessmentData> {
  const a = id ? await findAssessmentRecord(db, id) : await latestAssessmentRecord(db)
  if (!a) return empty
  const fw = await libraryItem(db, a.frameworkId, 'framework')
  if (!fw) return empty
  const [frameworkItems, rows, scope, recs] = await Promise.all([
    libraryItemsOfKind(db, 'framework_item', { scope: fw.code, includeArchived: true }),
    assessmentItemRecords(db, a.id),
    assessmentScope(db, a.id),
    recommendationRecords(db, a.id),
  ])
  // Every item of the framework's code, archived or not, by id (a later key wins in byKey).
  const items = [...frameworkItems].sort((x, y) => x.id - y.id)
  const byKey = new Map(items.map((i) => [i.key, i]))
  const areaOf = (row: Item): Item => {
    let cursor = row
    while (cursor.parentKey !== null && byKey.has(cursor.parentKey))
      cursor = byKey.get(cursor.parentKey)!
    return cursor
  }
  const title = (row: Item) => row.data.title
  const itemById = new Map(items.map((i) => [i.id, i]))
  const scored: Scored[] = rows.flatMap((r) => {
    const item = itemById.get(r.itemId)
    if (!item) return []
    return [
      {
        itemId: r.itemId,
        areaId: areaOf(item).id,
        current: r.currentLevel,
        target: r.targetLevel,
        notApplicable: r.notApplicable,
        // The framework's weights, as on screen.
        weight: item.data.weight ?? 1,
        item,
      },
    ]
  })
  const areaIds = scope.length ? scope : [...new Set(scored.map((s) => s.areaId))]
  const perArea = gapByArea(scored, areaIds)
  return {
    assessment: {
      id: a.id,
      title: a.title,
      type: a.type,
      lead: a.lead,
      start: a.startDate ?? null,
      end: a.endDate ?? null,
      framework: fw.data.name,
    },
    overall: summariseGap(scored),
    areas: areaIds.map((id) => {
      const area = itemById.get(id)!
      const s = perArea.get(id)!
      return {
        code: area.code,
        title: title(area),
        current: s.current,
        target: s.target,
        gap: s.gap,
      }
    }),
    largest: largestGaps(scored, 10).map((g) => {
      const item = itemById.get(g.itemId)!
      return {
        code: item.code,
        title: title(item),
        current: g.current!,
        target: g.target!,
        gap: g.gap,
      }
    }),
    recommendations: recs.map((r) => ({
      item: itemById.get(r.itemId)?.code ?? '',
      text: r.text,
      priority: r.priority,
      horizon: r.horizon,
      unit: r.responsibleUnit ?? '',
      accepted: r.accepted,
      coverage: coverageStatus({ links: r.linkCount, deferredReason: r.deferredReason }),
      deferredReason: r.deferredReason ?? '',
    })),
  }
}
