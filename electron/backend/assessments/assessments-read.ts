// What other domains may read of the assessments domain's tables (assessments, assessment_scope,
// assessment_items, recommendations, trace_links): plain domain objects, never raw rows.
import { sql } from 'kysely'
import type {
  AssessmentLead,
  AssessmentStatus,
  AssessmentType,
  RecommendationAcceptance,
  RecommendationHorizon,
  RecommendationPriority,
  TraceSourceType,
  TraceTargetType,
} from '../../../shared/contract'
import type { Db } from '../db/database'

/** The header of a needs assessment. */
export interface AssessmentRecord {
  id: number
  frameworkId: number
  type: AssessmentType
  title: string
  lead: AssessmentLead
  status: AssessmentStatus
  startDate: string | null
  endDate: string | null
  previousId: number | null
  createdAt: string
  updatedAt: string
  archivedAt: string | null
}

/** The scores of one framework item in an assessment. */
export interface AssessmentItemRecord {
  id: number
  /** The framework item (a library item) scored. */
  itemId: number
  currentLevel: number | null
  targetLevel: number | null
  notApplicable: boolean
  evidence: string
  currentState: string
  desiredState: string
  deferredReason: string | null
}

/** A recommendation with what it answers and how many plan elements address it. */
export interface RecommendationRecord {
  id: number
  assessmentItemId: number
  /** The framework item (a library item) of the assessment item it belongs to. */
  itemId: number
  text: string
  priority: RecommendationPriority
  horizon: RecommendationHorizon
  responsibleUnit: string
  accepted: RecommendationAcceptance
  deferredReason: string | null
  /** Trace links from this recommendation to the plan. */
  linkCount: number
}

const HEADER = [
  'id',
  'framework_id',
  'type',
  'title',
  'lead',
  'status',
  'start_date',
  'end_date',
  'previous_id',
  'created_at',
  'updated_at',
  'archived_at',
] as const

const toRecord = (r: {
  id: number
  framework_id: number
  type: AssessmentType
  title: string
  lead: AssessmentLead
  status: AssessmentStatus
  start_date: string | null
  end_date: string | null
  previous_id: number | null
  created_at: string
  updated_at: string
  archived_at: string | null
}): AssessmentRecord => ({
  id: r.id,
  frameworkId: r.framework_id,
  type: r.type,
  title: r.title,
  lead: r.lead,
  status: r.status,
  startDate: r.start_date,
  endDate: r.end_date,
  previousId: r.previous_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
})

/** One assessment by id (archived ones included), or undefined. */
export async function findAssessmentRecord(
  db: Db,
  id: number,
): Promise<AssessmentRecord | undefined> {
  const r = await db
    .selectFrom('assessments')
    .select(HEADER)
    .where('id', '=', id)
    .executeTakeFirst()
  return r && toRecord(r)
}

/** The latest live assessment: by end date, else start date, else creation; undefined if none. */
export async function latestAssessmentRecord(db: Db): Promise<AssessmentRecord | undefined> {
  const r = await db
    .selectFrom('assessments')
    .select(HEADER)
    .where('archived_at', 'is', null)
    .orderBy(sql`coalesce(end_date, start_date, created_at)`, 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return r && toRecord(r)
}

/** The areas (top-level framework items) an assessment covers. */
export async function assessmentScope(db: Db, assessmentId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('assessment_scope')
    .select('area_item_id')
    .where('assessment_id', '=', assessmentId)
    .orderBy('area_item_id')
    .execute()
  return rows.map((r) => r.area_item_id)
}

/** The item scores of an assessment, in the order they were created. */
export async function assessmentItemRecords(
  db: Db,
  assessmentId: number,
): Promise<AssessmentItemRecord[]> {
  const rows = await db
    .selectFrom('assessment_items')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    currentLevel: r.current_level,
    targetLevel: r.target_level,
    notApplicable: r.not_applicable === 1,
    evidence: r.evidence,
    currentState: r.current_state,
    desiredState: r.desired_state,
    deferredReason: r.deferred_reason,
  }))
}

/** The recommendations of an assessment, oldest first, each with its count of trace links. */
export async function recommendationRecords(
  db: Db,
  assessmentId: number,
): Promise<RecommendationRecord[]> {
  const rows = await db
    .selectFrom('recommendations as r')
    .innerJoin('assessment_items as ai', 'ai.id', 'r.assessment_item_id')
    .select((eb) => [
      'r.id',
      'r.assessment_item_id',
      'ai.item_id',
      'r.text',
      'r.priority',
      'r.horizon',
      'r.responsible_unit',
      'r.accepted',
      'r.deferred_reason',
      eb
        .selectFrom('trace_links as l')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('l.source_type', '=', 'recommendation')
        .whereRef('l.source_id', '=', 'r.id')
        .as('link_count'),
    ])
    .where('ai.assessment_id', '=', assessmentId)
    .orderBy('r.id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    assessmentItemId: r.assessment_item_id,
    itemId: r.item_id,
    text: r.text,
    priority: r.priority,
    horizon: r.horizon,
    responsibleUnit: r.responsible_unit,
    accepted: r.accepted,
    deferredReason: r.deferred_reason,
    linkCount: Number(r.link_count ?? 0),
  }))
}

/** How many trace links point at one part of the plan (an objective, result or activity). */
export async function countTraceLinksTo(
  db: Db,
  targetType: TraceTargetType,
  targetId: number,
): Promise<number> {
  const r = await db
    .selectFrom('trace_links')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('target_type', '=', targetType)
    .where('target_id', '=', targetId)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** How many trace links leave one recommendation or gap (assessment item). */
export async function countTraceLinksFrom(
  db: Db,
  sourceType: TraceSourceType,
  sourceId: number,
): Promise<number> {
  const r = await db
    .selectFrom('trace_links')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source_type', '=', sourceType)
    .where('source_id', '=', sourceId)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}
