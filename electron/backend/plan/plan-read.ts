// The plan domain's read API for other domains (indicators, assessments, risks, documents…):
// plain domain objects from the plan, objectives, projects, results, activities,
// activity_dependencies and milestones tables, which only the plan and objectives domains query.
import type {
  ActivityStatus,
  ObjectiveStatus,
  PlanHeader,
  ProjectStatus,
  ResultLevel,
} from '../../../shared/contract'
import { planNumbers, type PlanNumbers } from '../../../shared/domain/plan-numbering'
import type { Db } from '../db/database'
import { listObjectivePlaces } from './objectives-repo'
import { listActivityPlaces } from './activity-repo'
import { listResultPlaces, readHeader } from './plan-repo'

export type { PlanNumbers }

/** An objective as other domains see it. */
export interface ObjectiveSummary {
  id: number
  code: string
  title: string
  description: string
  status: ObjectiveStatus
  owner: string
  assumptions: string
  /** Place in the logframe (1 = first). */
  position: number
}

/** An outcome or output as other domains see it. */
export interface ResultSummary {
  id: number
  objectiveId: number
  /** The outcome of an output; null for an outcome. */
  parentId: number | null
  level: ResultLevel
  position: number
  statement: string
  assumptions: string
  owner: string
  projectId: number | null
}

/** An activity as other domains see it. */
export interface ActivitySummary {
  id: number
  outputId: number
  /** The objective of the activity's output. */
  objectiveId: number
  projectId: number | null
  position: number
  title: string
  owner: string
  plannedStart: string
  plannedEnd: string
  status: ActivityStatus
  percentComplete: number
  assumptions: string
}

/** A project as other domains see it. */
export interface ProjectSummary {
  id: number
  code: string
  title: string
  status: ProjectStatus
  plannedStart: string | null
  plannedEnd: string | null
}

/** A milestone with the title of its activity. */
export interface MilestoneSummary {
  id: number
  activityId: number
  activityTitle: string
  title: string
  dueDate: string
  achievedDate: string | null
}

/** The kinds of plan item another record can point at. */
export type PlanItemType = 'objective' | 'project' | 'result' | 'activity'

/** The plan header (vision, mission, impact, period), or an empty one (version 0). */
export function readPlanHeader(db: Db): Promise<PlanHeader> {
  return readHeader(db)
}

/**
 * Every objective (or only those of `ids`), by id (creation order); `position` gives the
 * logframe order.
 */
export async function listObjectiveSummaries(
  db: Db,
  filter: { ids?: readonly number[] } = {},
): Promise<ObjectiveSummary[]> {
  if (filter.ids?.length === 0) return []
  let q = db
    .selectFrom('objectives')
    .select(['id', 'code', 'title', 'description', 'status', 'owner', 'assumptions', 'position'])
  if (filter.ids) q = q.where('id', 'in', [...filter.ids])
  return q.orderBy('id').execute()
}

/** The id of the objective holding `code` (case-insensitive), if any. */
export async function findObjectiveIdByCode(db: Db, code: string): Promise<number | undefined> {
  const r = await db
    .selectFrom('objectives')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['code']), '=', eb.fn('lower', [eb.val(code)])))
    .orderBy('id')
    .executeTakeFirst()
  return r?.id
}

/**
 * Outcomes and outputs by id (creation order), optionally only those under one objective or
 * those of `ids`.
 */
export async function listResultSummaries(
  db: Db,
  filter: { objectiveId?: number; ids?: readonly number[] } = {},
): Promise<ResultSummary[]> {
  if (filter.ids?.length === 0) return []
  let q = db
    .selectFrom('results')
    .select([
      'id',
      'objective_id as objectiveId',
      'parent_id as parentId',
      'level',
      'position',
      'statement',
      'assumptions',
      'owner',
      'project_id as projectId',
    ])
  if (filter.objectiveId !== undefined) q = q.where('objective_id', '=', filter.objectiveId)
  if (filter.ids) q = q.where('id', 'in', [...filter.ids])
  return q.orderBy('id').execute()
}

/**
 * Activities by id (creation order), optionally only those under one objective or those of `ids`.
 */
export async function listActivitySummaries(
  db: Db,
  filter: { objectiveId?: number; ids?: readonly number[] } = {},
): Promise<ActivitySummary[]> {
  if (filter.ids?.length === 0) return []
  let q = db
    .selectFrom('activities as a')
    .innerJoin('results as o', 'o.id', 'a.output_id')
    .select([
      'a.id',
      'a.output_id as outputId',
      'o.objective_id as objectiveId',
      'a.project_id as projectId',
      'a.position',
      'a.title',
      'a.owner',
      'a.planned_start as plannedStart',
      'a.planned_end as plannedEnd',
      'a.status',
      'a.percent_complete as percentComplete',
      'a.assumptions',
    ])
  if (filter.objectiveId !== undefined) q = q.where('o.objective_id', '=', filter.objectiveId)
  if (filter.ids) q = q.where('a.id', 'in', [...filter.ids])
  return q.orderBy('a.id').execute()
}

/** Every project, by id (creation order). */
export async function listProjectSummaries(db: Db): Promise<ProjectSummary[]> {
  return db
    .selectFrom('projects')
    .select([
      'id',
      'code',
      'title',
      'status',
      'planned_start as plannedStart',
      'planned_end as plannedEnd',
    ])
    .orderBy('id')
    .execute()
}

/** Every milestone with its activity's title, by due date. */
export async function listMilestoneSummaries(db: Db): Promise<MilestoneSummary[]> {
  return db
    .selectFrom('milestones as m')
    .innerJoin('activities as a', 'a.id', 'm.activity_id')
    .select([
      'm.id',
      'm.activity_id as activityId',
      'a.title as activityTitle',
      'm.title',
      'm.due_date as dueDate',
      'm.achieved_date as achievedDate',
    ])
    .orderBy('m.due_date')
    .orderBy('m.id')
    .execute()
}

const TABLE_OF = {
  objective: 'objectives',
  project: 'projects',
  result: 'results',
  activity: 'activities',
} as const

/** True when the objective, project, result or activity `id` exists. */
export async function planItemExists(db: Db, type: PlanItemType, id: number): Promise<boolean> {
  const r = await db.selectFrom(TABLE_OF[type]).select('id').where('id', '=', id).executeTakeFirst()
  return r !== undefined
}

/** The objectives each project contributes to, through the outputs it delivers. */
export async function projectObjectives(db: Db): Promise<Map<number, number[]>> {
  const rows = await db
    .selectFrom('results')
    .select(['project_id', 'objective_id'])
    .distinct()
    .where('project_id', 'is not', null)
    .orderBy('project_id')
    .orderBy('objective_id')
    .execute()
  const out = new Map<number, number[]>()
  for (const r of rows) out.set(r.project_id!, [...(out.get(r.project_id!) ?? []), r.objective_id])
  return out
}

/** Dotted numbers of every objective (1), result (1.2, 1.2.3) and activity (1.2.3.4). */
export async function readPlanNumbers(db: Db): Promise<PlanNumbers> {
  return planNumbers({
    objectives: await listObjectivePlaces(db),
    results: await listResultPlaces(db),
    activities: await listActivityPlaces(db),
  })
}

/**
 * The dotted numbers readPlanNumbers gives, read for a few activities: every objective and result
 * is numbered, but only the activities under `outputIds` (and under any outcome, were one to hold
 * activities beside its outputs). A number depends only on the node's ancestors and its
 * siblings, all of which are read, so each number here equals the whole plan's.
 */
export async function readPlanNumbersFor(
  db: Db,
  outputIds: readonly number[],
): Promise<PlanNumbers> {
  const objectives = await listObjectivePlaces(db)
  const results = await listResultPlaces(db)
  const parents = new Set(outputIds)
  for (const r of results) if (r.parentId === null) parents.add(r.id)
  const activities = await listActivityPlaces(db, [...parents])
  return planNumbers({ objectives, results, activities })
}
