import type {
  PlanTarget,
  TraceLinkView,
  TraceSourceType,
  TraceTargetType,
} from '../../../shared/contract'
import { planNumbers } from '../../../shared/domain/plan-numbering'
import type { Selectable } from 'kysely'
import type { Db } from '../db/database'
import {
  listActivitySummaries,
  listObjectiveSummaries,
  listResultSummaries,
  readPlanNumbersFor,
} from '../plan/plan-read'
import type { TraceLinksTable } from './assessments-tables'

type TraceLinkRow = Selectable<TraceLinksTable>

const natural = new Intl.Collator('en', { numeric: true })

/** Key of a plan element in the targets map. */
export const targetKey = (type: TraceTargetType, id: number): string => `${type}:${id}`

/**
 * Every part of the plan a recommendation or gap can be linked to, numbered the way the plan
 * numbers them. Reads the plan's tables only; the plan domain owns them.
 */
export async function listPlanTargets(db: Db): Promise<PlanTarget[]> {
  // In logframe order (position, then id) within each kind.
  const byPlace = (a: { position: number; id: number }, b: { position: number; id: number }) =>
    a.position - b.position || a.id - b.id
  const objectives = (await listObjectiveSummaries(db)).sort(byPlace)
  const results = (await listResultSummaries(db)).sort(byPlace)
  const activities = (await listActivitySummaries(db)).sort(byPlace)
  const numbers = planNumbers({ objectives, results, activities })
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

/** A plan element a link points at. */
export interface TargetRef {
  type: TraceTargetType
  id: number
}

/**
 * The plan targets among `wanted` that still exist, keyed by `targetKey`: each as listPlanTargets
 * gives it, but reading only these elements (and what numbering them needs), not the whole plan.
 */
export async function planTargetsOf(
  db: Db,
  wanted: readonly TargetRef[],
): Promise<Map<string, PlanTarget>> {
  const out = new Map<string, PlanTarget>()
  if (wanted.length === 0) return out
  const ids = (type: TraceTargetType) => [
    ...new Set(wanted.filter((w) => w.type === type).map((w) => w.id)),
  ]
  const objectives = await listObjectiveSummaries(db, { ids: ids('objective') })
  const results = await listResultSummaries(db, { ids: ids('result') })
  const activities = await listActivitySummaries(db, { ids: ids('activity') })
  if (objectives.length + results.length + activities.length === 0) return out
  const numbers = await readPlanNumbersFor(
    db,
    activities.map((a) => a.outputId),
  )
  for (const o of objectives)
    out.set(targetKey('objective', o.id), {
      type: 'objective',
      id: o.id,
      level: 'objective',
      number: numbers.objective.get(o.id) ?? '',
      code: o.code,
      label: o.title,
    })
  for (const r of results)
    out.set(targetKey('result', r.id), {
      type: 'result',
      id: r.id,
      level: r.level,
      number: numbers.result.get(r.id) ?? '',
      code: null,
      label: r.statement,
    })
  for (const a of activities)
    out.set(targetKey('activity', a.id), {
      type: 'activity',
      id: a.id,
      level: 'activity',
      number: numbers.activity.get(a.id) ?? '',
      code: null,
      label: a.title,
    })
  return out
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

/** Which links to read: every link, or those of the given gaps and recommendations. */
export interface LinkFilter {
  gapIds?: readonly number[]
  recommendationIds?: readonly number[]
}

/** Links of many sources at once, grouped by "type:id"; links to vanished plan parts are left out. */
export async function linksBySource(
  db: Db,
  filter?: LinkFilter,
): Promise<Map<string, TraceLinkView[]>> {
  let q = db.selectFrom('trace_links').selectAll()
  if (filter) {
    const gaps = filter.gapIds ?? []
    const recs = filter.recommendationIds ?? []
    if (gaps.length === 0 && recs.length === 0) return new Map()
    q = q.where((eb) =>
      eb.or([
        ...(gaps.length > 0
          ? [eb.and([eb('source_type', '=', 'gap'), eb('source_id', 'in', gaps)])]
          : []),
        ...(recs.length > 0
          ? [eb.and([eb('source_type', '=', 'recommendation'), eb('source_id', 'in', recs)])]
          : []),
      ]),
    )
  }
  const rows = await q.orderBy('id').execute()
  const targets = await planTargetsOf(
    db,
    rows.map((r) => ({ type: r.target_type, id: r.target_id })),
  )
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
export async function findLink(
  db: Db,
  id: number,
  targets?: Map<string, PlanTarget>,
): Promise<TraceLinkView | undefined> {
  const row = await db.selectFrom('trace_links').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const ref = { type: row.target_type, id: row.target_id }
  const target = (targets ?? (await planTargetsOf(db, [ref]))).get(targetKey(ref.type, ref.id))
  return target ? toView(row, target) : undefined
}

/** A link between a source and a part of the plan. */
export interface LinkEnds {
  sourceType: TraceSourceType
  sourceId: number
  targetType: TraceTargetType
  targetId: number
}

/** The id of an existing identical link, if any. */
export async function findSameLink(db: Db, l: LinkEnds): Promise<number | undefined> {
  const r = await db
    .selectFrom('trace_links')
    .select('id')
    .where('source_type', '=', l.sourceType)
    .where('source_id', '=', l.sourceId)
    .where('target_type', '=', l.targetType)
    .where('target_id', '=', l.targetId)
    .executeTakeFirst()
  return r?.id
}

/** Inserts a link; returns its id. */
export async function insertLink(db: Db, l: LinkEnds, at: string): Promise<number> {
  const { id } = await db
    .insertInto('trace_links')
    .values({
      source_type: l.sourceType,
      source_id: l.sourceId,
      target_type: l.targetType,
      target_id: l.targetId,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** Removes one link. */
export async function deleteLink(db: Db, id: number): Promise<void> {
  await db.deleteFrom('trace_links').where('id', '=', id).execute()
}

/** Number of live links of one source. */
export async function directLinkCount(db: Db, type: TraceSourceType, id: number): Promise<number> {
  const filter = type === 'gap' ? { gapIds: [id] } : { recommendationIds: [id] }
  return (await linksBySource(db, filter)).get(`${type}:${id}`)?.length ?? 0
}
