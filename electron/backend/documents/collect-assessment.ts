import type { LocalText } from '../../../shared/contract'
import { coverageStatus, type CoverageStatus } from '../../../shared/domain/coverage'
import {
  gapByArea,
  largestGaps,
  summariseGap,
  type ScoredItem,
} from '../../../shared/domain/maturity-gap'
import type { Db } from '../db/connection'

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

type Row = Record<string, unknown>
const empty: AssessmentData = {
  assessment: null,
  overall: { current: null, target: null, gap: null, scored: 0, applicable: 0 },
  areas: [],
  largest: [],
  recommendations: [],
}

/** Reads one assessment (or the latest) with its gap analysis and recommendations. */
export function collectAssessment(db: Db, id?: number): AssessmentData {
  const a = (
    id
      ? db.prepare('SELECT * FROM assessments WHERE id = ?').get(id)
      : db
          .prepare(
            'SELECT * FROM assessments WHERE archived_at IS NULL ORDER BY COALESCE(end_date, start_date, created_at) DESC, id DESC LIMIT 1',
          )
          .get()
  ) as Row | undefined
  if (!a) return empty
  const fw = db
    .prepare('SELECT code, data_json FROM library_items WHERE id = ?')
    .get(a.framework_id) as { code: string; data_json: string }
  const items = db
    .prepare(
      "SELECT id, code, item_key, parent_key, data_json FROM library_items WHERE kind = 'framework_item' AND scope = ?",
    )
    .all(fw.code) as Row[]
  const byKey = new Map(items.map((i) => [String(i.item_key), i]))
  const areaOf = (row: Row): Row => {
    let cursor = row
    while (cursor.parent_key !== null && byKey.has(String(cursor.parent_key)))
      cursor = byKey.get(String(cursor.parent_key))!
    return cursor
  }
  const title = (row: Row) => (JSON.parse(String(row.data_json)) as { title: LocalText }).title
  const rows = db
    .prepare('SELECT * FROM assessment_items WHERE assessment_id = ?')
    .all(a.id) as Row[]
  const itemById = new Map(items.map((i) => [Number(i.id), i]))
  const scored: (ScoredItem & { row: Row; item: Row })[] = rows.flatMap((r) => {
    const item = itemById.get(Number(r.item_id))
    if (!item) return []
    return [
      {
        itemId: Number(r.item_id),
        areaId: Number(areaOf(item).id),
        current: r.current_level as number | null,
        target: r.target_level as number | null,
        notApplicable: Number(r.not_applicable) === 1,
        // The framework's weights, as on screen.
        weight: (JSON.parse(String(item.data_json)) as { weight?: number }).weight ?? 1,
        row: r,
        item,
      },
    ]
  })
  const scope = (
    db
      .prepare('SELECT area_item_id FROM assessment_scope WHERE assessment_id = ?')
      .all(a.id) as Row[]
  ).map((s) => Number(s.area_item_id))
  const areaIds = scope.length ? scope : [...new Set(scored.map((s) => s.areaId))]
  const perArea = gapByArea(scored, areaIds)
  const links = db.prepare(
    'SELECT count(*) AS n FROM trace_links WHERE source_type = ? AND source_id = ?',
  )
  const recs = db
    .prepare(
      'SELECT r.*, ai.item_id FROM recommendations r JOIN assessment_items ai ON ai.id = r.assessment_item_id WHERE ai.assessment_id = ? ORDER BY r.id',
    )
    .all(a.id) as Row[]
  return {
    assessment: {
      id: Number(a.id),
      title: String(a.title),
      type: String(a.type),
      lead: String(a.lead),
      start: (a.start_date as string) ?? null,
      end: (a.end_date as string) ?? null,
      framework: (JSON.parse(fw.data_json) as { name: LocalText }).name,
    },
    overall: summariseGap(scored),
    areas: areaIds.map((id) => {
      const area = itemById.get(id)!
      const s = perArea.get(id)!
      return {
        code: String(area.code),
        title: title(area),
        current: s.current,
        target: s.target,
        gap: s.gap,
      }
    }),
    largest: largestGaps(scored, 10).map((g) => {
      const item = itemById.get(g.itemId)!
      return {
        code: String(item.code),
        title: title(item),
        current: g.current!,
        target: g.target!,
        gap: g.gap,
      }
    }),
    recommendations: recs.map((r) => ({
      item: String(itemById.get(Number(r.item_id))?.code ?? ''),
      text: String(r.text),
      priority: String(r.priority),
      horizon: String(r.horizon),
      unit: String(r.responsible_unit ?? ''),
      accepted: String(r.accepted),
      coverage: coverageStatus({
        links: (links.get('recommendation', r.id) as { n: number }).n,
        deferredReason: r.deferred_reason as string | null,
      }),
      deferredReason: String(r.deferred_reason ?? ''),
    })),
  }
}
