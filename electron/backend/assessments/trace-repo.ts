import type {
  PlanTarget,
  TraceLinkView,
  TraceSourceType,
  TraceTargetType,
} from '../../../shared/contract'
import { planNumbers } from '../../../shared/domain/plan-numbering'
import type { Db } from '../db/connection'

interface TraceLinkRow {
  id: number
  source_type: TraceSourceType
  source_id: number
  target_type: TraceTargetType
  target_id: number
  created_at: string
}

const natural = new Intl.Collator('en', { numeric: true })

/** Key of a plan element in the targets map. */
export const targetKey = (type: TraceTargetType, id: number): string => `${type}:${id}`

/**
 * Every part of the plan a recommendation or gap can be linked to, numbered the way the plan
 * numbers them. Reads the plan's tables only; the plan domain owns them.
 */
export function listPlanTargets(db: Db): PlanTarget[] {
  const objectives = db.prepare('SELECT id, code, title, position FROM objectives').all() as {
    id: number
    code: string
    title: string
    position: number
  }[]
  const results = db
    .prepare('SELECT id, objective_id, parent_id, level, position, statement FROM results')
    .all() as {
    id: number
    objective_id: number
    parent_id: number | null
    level: 'outcome' | 'output'
    position: number
    statement: string
  }[]
  const activities = db.prepare('SELECT id, output_id, position, title FROM activities').all() as {
    id: number
    output_id: number
    position: number
    title: string
  }[]
  const numbers = planNumbers({
    objectives,
    results: results.map((r) => ({
      id: r.id,
      objectiveId: r.objective_id,
      parentId: r.parent_id,
      position: r.position,
    })),
    activities: activities.map((a) => ({ id: a.id, outputId: a.output_id, position: a.position })),
  })
  const out: PlanTarget[] = [
    ...objectives.map((o) => ({
      type: 'objective' as const,
      id: o.id,
      level: 'objective' as const,
      number: numbers.objective.get(o.id) ?? '',
      code: o.code,
      label: o.title,
    })),
    ...results.map((r) => ({
      type: 'result' as const,
      id: r.id,
      level: r.level,
      number: numbers.result.get(r.id) ?? '',
      code: null,
      label: r.statement,
    })),
    ...activities.map((a) => ({
      type: 'activity' as const,
      id: a.id,
      level: 'activity' as const,
      number: numbers.activity.get(a.id) ?? '',
      code: null,
      label: a.title,
    })),
  ]
  return out.sort((a, b) => natural.compare(a.number, b.number))
}

/** The plan targets keyed by `targetKey`. */
export function planTargetMap(db: Db): Map<string, PlanTarget> {
  return new Map(listPlanTargets(db).map((t) => [targetKey(t.type, t.id), t]))
}

function toView(r: TraceLinkRow, target: PlanTarget): TraceLinkView {
  return {
    id: r.id,
    sourceType: r.source_type,
    sourceId: r.source_id,
    targetType: r.target_type,
    targetId: r.target_id,
    level: target.level,
    number: target.number,
    label: target.code ? `${target.code} ${target.label}` : target.label,
    createdAt: r.created_at,
  }
}

/** Links of many sources at once, grouped by "type:id"; links to vanished plan parts are left out. */
export function linksBySource(
  db: Db,
  targets: Map<string, PlanTarget>,
  where = '1 = 1',
  params: unknown[] = [],
): Map<string, TraceLinkView[]> {
  const rows = db
    .prepare(`SELECT * FROM trace_links WHERE ${where} ORDER BY id`)
    .all(...params) as TraceLinkRow[]
  const out = new Map<string, TraceLinkView[]>()
  for (const r of rows) {
    const target = targets.get(targetKey(r.target_type, r.target_id))
    if (!target) continue
    const key = `${r.source_type}:${r.source_id}`
    const list = out.get(key) ?? []
    list.push(toView(r, target))
    out.set(key, list)
  }
  for (const list of out.values()) list.sort((a, b) => natural.compare(a.number, b.number))
  return out
}

/** One link as the UI sees it, or undefined when it (or its plan element) is gone. */
export function findLink(
  db: Db,
  id: number,
  targets: Map<string, PlanTarget> = planTargetMap(db),
): TraceLinkView | undefined {
  const row = db.prepare('SELECT * FROM trace_links WHERE id = ?').get(id) as
    TraceLinkRow | undefined
  const target = row && targets.get(targetKey(row.target_type, row.target_id))
  return row && target ? toView(row, target) : undefined
}

/** The id of an existing identical link, if any. */
export function findSameLink(
  db: Db,
  l: { sourceType: string; sourceId: number; targetType: string; targetId: number },
): number | undefined {
  const r = db
    .prepare(
      `SELECT id FROM trace_links WHERE source_type = @sourceType AND source_id = @sourceId
       AND target_type = @targetType AND target_id = @targetId`,
    )
    .get(l) as { id: number } | undefined
  return r?.id
}

/** Inserts a link; returns its id. */
export function insertLink(
  db: Db,
  l: { sourceType: string; sourceId: number; targetType: string; targetId: number },
  at: string,
): number {
  const r = db
    .prepare(
      `INSERT INTO trace_links (source_type, source_id, target_type, target_id, created_at)
       VALUES (@sourceType, @sourceId, @targetType, @targetId, @at)`,
    )
    .run({ ...l, at })
  return Number(r.lastInsertRowid)
}

/** Removes one link. */
export function deleteLink(db: Db, id: number): void {
  db.prepare('DELETE FROM trace_links WHERE id = ?').run(id)
}

/** Number of live links of one source. */
export function directLinkCount(
  db: Db,
  targets: Map<string, PlanTarget>,
  type: TraceSourceType,
  id: number,
): number {
  return (
    linksBySource(db, targets, 'source_type = ? AND source_id = ?', [type, id]).get(`${type}:${id}`)
      ?.length ?? 0
  )
}
