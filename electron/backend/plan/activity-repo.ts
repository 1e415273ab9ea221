import type { Selectable } from 'kysely'
import type { Milestone, PlanActivity } from '../../../shared/contract'
import type { DependencyLink } from '../../../shared/domain/dependencies'
import type { Db } from '../db/database'
import type { ActivitiesTable, MilestonesTable } from './plan-tables'
import { countWhere } from '../db/count-where'

/** The fields of an activity a user edits (dependencies and milestones are stored apart). */
export type ActivityFields = Omit<
  PlanActivity,
  | 'id'
  | 'outputId'
  | 'position'
  | 'number'
  | 'dependsOn'
  | 'milestones'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
>

type MilestoneRow = Pick<
  Selectable<MilestonesTable>,
  'id' | 'activity_id' | 'title' | 'due_date' | 'achieved_date'
>

const MILESTONE_COLUMNS = ['id', 'activity_id', 'title', 'due_date', 'achieved_date'] as const

const toMilestone = (m: MilestoneRow): Milestone => ({
  id: m.id,
  activityId: m.activity_id,
  title: m.title,
  dueDate: m.due_date,
  achievedDate: m.achieved_date,
})

const toActivity = (
  r: Selectable<ActivitiesTable>,
  deps: number[],
  ms: Milestone[],
): PlanActivity => ({
  id: r.id,
  outputId: r.output_id,
  projectId: r.project_id,
  position: r.position,
  number: '',
  title: r.title,
  description: r.description,
  owner: r.owner,
  responsibleUnit: r.responsible_unit,
  plannedStart: r.planned_start,
  plannedEnd: r.planned_end,
  actualStart: r.actual_start,
  actualEnd: r.actual_end,
  status: r.status,
  percentComplete: r.percent_complete,
  assumptions: r.assumptions,
  dependsOn: deps,
  milestones: ms,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

/** Every finish-to-start link. */
export function listDependencies(db: Db): Promise<DependencyLink[]> {
  return db
    .selectFrom('activity_dependencies')
    .select(['activity_id as activityId', 'depends_on_id as dependsOnId'])
    .orderBy('activity_id')
    .orderBy('depends_on_id')
    .execute()
}

/** Every activity with its links and milestones, three queries whatever the plan's size. */
export async function listActivities(db: Db): Promise<PlanActivity[]> {
  const rows = await db
    .selectFrom('activities')
    .selectAll()
    .orderBy('position')
    .orderBy('id')
    .execute()
  const deps = new Map<number, number[]>()
  for (const l of await listDependencies(db)) {
    const list = deps.get(l.activityId)
    if (list) list.push(l.dependsOnId)
    else deps.set(l.activityId, [l.dependsOnId])
  }
  const ms = new Map<number, Milestone[]>()
  const msRows = await db
    .selectFrom('milestones')
    .select(MILESTONE_COLUMNS)
    .orderBy('due_date')
    .orderBy('id')
    .execute()
  for (const m of msRows) {
    const list = ms.get(m.activity_id)
    if (list) list.push(toMilestone(m))
    else ms.set(m.activity_id, [toMilestone(m)])
  }
  return rows.map((r) => toActivity(r, deps.get(r.id) ?? [], ms.get(r.id) ?? []))
}

/**
 * Where every activity sits in the tree: all numbering needs. With `parentIds`, only the
 * activities under those results.
 */
export function listActivityPlaces(
  db: Db,
  parentIds?: readonly number[],
): Promise<{ id: number; outputId: number; position: number }[]> {
  let q = db.selectFrom('activities').select(['id', 'output_id as outputId', 'position'])
  if (parentIds) {
    if (parentIds.length === 0) return Promise.resolve([])
    q = q.where('output_id', 'in', [...parentIds])
  }
  return q.orderBy('position').orderBy('id').execute()
}

/** One activity with its links and milestones. */
export async function findActivity(db: Db, id: number): Promise<PlanActivity | undefined> {
  const r = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst()
  if (!r) return undefined
  const deps = await db
    .selectFrom('activity_dependencies')
    .select('depends_on_id')
    .where('activity_id', '=', id)
    .orderBy('depends_on_id')
    .execute()
  const ms = await db
    .selectFrom('milestones')
    .select(MILESTONE_COLUMNS)
    .where('activity_id', '=', id)
    .orderBy('due_date')
    .orderBy('id')
    .execute()
  return toActivity(
    r,
    deps.map((d) => d.depends_on_id),
    ms.map(toMilestone),
  )
}

/** The title of an activity, if it exists. */
export async function activityTitle(db: Db, id: number): Promise<string | undefined> {
  const r = await db
    .selectFrom('activities')
    .select('title')
    .where('id', '=', id)
    .executeTakeFirst()
  return r?.title
}

/** Which of `ids` are activities. */
export async function existingActivities(db: Db, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('activities')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.id))
}

const columns = (f: ActivityFields) => ({
  project_id: f.projectId,
  title: f.title,
  description: f.description,
  owner: f.owner,
  responsible_unit: f.responsibleUnit,
  planned_start: f.plannedStart,
  planned_end: f.plannedEnd,
  actual_start: f.actualStart,
  actual_end: f.actualEnd,
  status: f.status,
  percent_complete: f.percentComplete,
  assumptions: f.assumptions,
})

/** Inserts an activity at the end of its output. */
export async function insertActivity(
  db: Db,
  outputId: number,
  f: ActivityFields,
  at: string,
): Promise<number> {
  const position = await nextActivityPosition(db, outputId)
  const r = await db
    .insertInto('activities')
    .values({
      output_id: outputId,
      position,
      ...columns(f),
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** The position after the last activity of an output. */
export async function nextActivityPosition(db: Db, outputId: number): Promise<number> {
  const r = await db
    .selectFrom('activities')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('output_id', '=', outputId)
    .executeTakeFirst()
  return Number(r?.max ?? 0) + 1
}

/** Updates the editable fields and bumps the version. */
export async function updateActivity(
  db: Db,
  id: number,
  f: ActivityFields,
  at: string,
): Promise<void> {
  await db
    .updateTable('activities')
    .set((eb) => ({ ...columns(f), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .execute()
}

/** Replaces the prerequisites of an activity. */
export async function setDependencies(
  db: Db,
  id: number,
  dependsOn: readonly number[],
): Promise<void> {
  await db.deleteFrom('activity_dependencies').where('activity_id', '=', id).execute()
  // One at a time, in order: a repeated prerequisite fails on the key as it always has.
  for (const d of dependsOn)
    await db
      .insertInto('activity_dependencies')
      .values({ activity_id: id, depends_on_id: d })
      .execute()
}

/** Replaces the milestones, keeping the ids of those sent back with their id. */
export async function setMilestones(
  db: Db,
  activityId: number,
  list: readonly { id?: number; title: string; dueDate: string; achievedDate: string | null }[],
  at: string,
  /** The activity's milestone ids, when the caller has just read them. */
  current?: readonly number[],
): Promise<void> {
  const keep = list.map((m) => m.id).filter((x): x is number => x !== undefined)
  const existing = current ?? (await milestoneIds(db, activityId))
  const drop = existing.filter((id) => !keep.includes(id))
  if (drop.length) await db.deleteFrom('milestones').where('id', 'in', drop).execute()
  for (const m of list) {
    const fields = { title: m.title, due_date: m.dueDate, achieved_date: m.achievedDate }
    if (m.id !== undefined)
      await db.updateTable('milestones').set(fields).where('id', '=', m.id).execute()
    else
      await db
        .insertInto('milestones')
        .values({ activity_id: activityId, ...fields, created_at: at })
        .execute()
  }
}

/** Ids of the milestones of an activity. */
export async function milestoneIds(db: Db, activityId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('milestones')
    .select('id')
    .where('activity_id', '=', activityId)
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}

/** Ids of the activities of an output, in order. */
export async function activitySiblings(db: Db, outputId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('activities')
    .select('id')
    .where('output_id', '=', outputId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}

/** Moves an activity to the end of another output. */
export async function setActivityOutput(
  db: Db,
  id: number,
  outputId: number,
  at: string,
): Promise<void> {
  const position = await nextActivityPosition(db, outputId)
  await db
    .updateTable('activities')
    .set((eb) => ({
      output_id: outputId,
      position,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .execute()
}

/** Bumps the version of a moved activity. */
export async function touchActivity(db: Db, id: number, at: string): Promise<void> {
  await db
    .updateTable('activities')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .execute()
}

/** The number of activities under an output. */
export async function countActivitiesOf(db: Db, outputId: number): Promise<number> {
  return countWhere(db, 'activities', { output_id: outputId })
}

/** The number of activities a project delivers. */
export async function countActivitiesOfProject(db: Db, projectId: number): Promise<number> {
  return countWhere(db, 'activities', { project_id: projectId })
}

/** Activities that depend on `id`. */
export async function dependantsOf(db: Db, id: number): Promise<number[]> {
  const rows = await db
    .selectFrom('activity_dependencies')
    .select('activity_id')
    .where('depends_on_id', '=', id)
    .orderBy('activity_id')
    .execute()
  return rows.map((r) => r.activity_id)
}

/** Removes one activity; its milestones and its own prerequisite links go with it. */
export async function deleteActivity(db: Db, id: number): Promise<void> {
  await db.deleteFrom('activities').where('id', '=', id).execute()
}
