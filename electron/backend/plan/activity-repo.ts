import type { ActivityStatus, Milestone, PlanActivity } from '../../../shared/contract'
import type { DependencyLink } from '../../../shared/domain/dependencies'
import type { Db } from '../db/connection'

interface ActivityRow {
  id: number
  output_id: number
  project_id: number | null
  position: number
  title: string
  description: string
  owner: string
  responsible_unit: string
  planned_start: string
  planned_end: string
  actual_start: string | null
  actual_end: string | null
  status: ActivityStatus
  percent_complete: number
  assumptions: string
  version: number
  created_at: string
  updated_at: string
}

interface MilestoneRow {
  id: number
  activity_id: number
  title: string
  due_date: string
  achieved_date: string | null
}

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

const toMilestone = (m: MilestoneRow): Milestone => ({
  id: m.id,
  activityId: m.activity_id,
  title: m.title,
  dueDate: m.due_date,
  achievedDate: m.achieved_date,
})

const toActivity = (r: ActivityRow, deps: number[], ms: Milestone[]): PlanActivity => ({
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
export function listDependencies(db: Db): DependencyLink[] {
  return db
    .prepare(
      'SELECT activity_id AS activityId, depends_on_id AS dependsOnId FROM activity_dependencies ORDER BY activity_id, depends_on_id',
    )
    .all() as DependencyLink[]
}

/** Every activity with its links and milestones, three queries whatever the plan's size. */
export function listActivities(db: Db): PlanActivity[] {
  const rows = db.prepare('SELECT * FROM activities ORDER BY position, id').all() as ActivityRow[]
  const deps = new Map<number, number[]>()
  for (const l of listDependencies(db)) {
    deps.set(l.activityId, [...(deps.get(l.activityId) ?? []), l.dependsOnId])
  }
  const ms = new Map<number, Milestone[]>()
  const msRows = db
    .prepare('SELECT * FROM milestones ORDER BY due_date, id')
    .all() as MilestoneRow[]
  for (const m of msRows) ms.set(m.activity_id, [...(ms.get(m.activity_id) ?? []), toMilestone(m)])
  return rows.map((r) => toActivity(r, deps.get(r.id) ?? [], ms.get(r.id) ?? []))
}

/** One activity with its links and milestones. */
export function findActivity(db: Db, id: number): PlanActivity | undefined {
  const r = db.prepare('SELECT * FROM activities WHERE id = ?').get(id) as ActivityRow | undefined
  if (!r) return undefined
  const deps = db
    .prepare('SELECT depends_on_id FROM activity_dependencies WHERE activity_id = ? ORDER BY 1')
    .pluck()
    .all(id) as number[]
  const ms = (
    db
      .prepare('SELECT * FROM milestones WHERE activity_id = ? ORDER BY due_date, id')
      .all(id) as MilestoneRow[]
  ).map(toMilestone)
  return toActivity(r, deps, ms)
}

const COLUMNS = `project_id = @projectId, title = @title, description = @description,
  owner = @owner, responsible_unit = @responsibleUnit, planned_start = @plannedStart,
  planned_end = @plannedEnd, actual_start = @actualStart, actual_end = @actualEnd,
  status = @status, percent_complete = @percentComplete, assumptions = @assumptions`

/** Inserts an activity at the end of its output. */
export function insertActivity(db: Db, outputId: number, f: ActivityFields, at: string): number {
  const r = db
    .prepare(
      `INSERT INTO activities (output_id, project_id, position, title, description, owner,
         responsible_unit, planned_start, planned_end, actual_start, actual_end, status,
         percent_complete, assumptions, version, created_at, updated_at)
       VALUES (@outputId, @projectId, @position, @title, @description, @owner, @responsibleUnit,
         @plannedStart, @plannedEnd, @actualStart, @actualEnd, @status, @percentComplete,
         @assumptions, 1, @at, @at)`,
    )
    .run({ ...f, outputId, position: nextActivityPosition(db, outputId), at })
  return Number(r.lastInsertRowid)
}

/** The position after the last activity of an output. */
export function nextActivityPosition(db: Db, outputId: number): number {
  const max = db
    .prepare('SELECT max(position) FROM activities WHERE output_id = ?')
    .pluck()
    .get(outputId) as number | null
  return (max ?? 0) + 1
}

/** Updates the editable fields and bumps the version. */
export function updateActivity(db: Db, id: number, f: ActivityFields, at: string): void {
  db.prepare(
    `UPDATE activities SET ${COLUMNS}, version = version + 1, updated_at = @at WHERE id = @id`,
  ).run({ ...f, id, at })
}

/** Replaces the prerequisites of an activity. */
export function setDependencies(db: Db, id: number, dependsOn: readonly number[]): void {
  db.prepare('DELETE FROM activity_dependencies WHERE activity_id = ?').run(id)
  const insert = db.prepare(
    'INSERT INTO activity_dependencies (activity_id, depends_on_id) VALUES (?, ?)',
  )
  for (const d of dependsOn) insert.run(id, d)
}

/** Replaces the milestones, keeping the ids of those sent back with their id. */
export function setMilestones(
  db: Db,
  activityId: number,
  list: readonly { id?: number; title: string; dueDate: string; achievedDate: string | null }[],
  at: string,
): void {
  const keep = list.map((m) => m.id).filter((x): x is number => x !== undefined)
  const existing = db
    .prepare('SELECT id FROM milestones WHERE activity_id = ?')
    .pluck()
    .all(activityId) as number[]
  const drop = db.prepare('DELETE FROM milestones WHERE id = ?')
  for (const id of existing) if (!keep.includes(id)) drop.run(id)
  const update = db.prepare(
    'UPDATE milestones SET title = @title, due_date = @dueDate, achieved_date = @achievedDate WHERE id = @id',
  )
  const insert = db.prepare(
    `INSERT INTO milestones (activity_id, title, due_date, achieved_date, created_at)
     VALUES (@activityId, @title, @dueDate, @achievedDate, @at)`,
  )
  for (const m of list) {
    if (m.id !== undefined) update.run({ ...m, id: m.id })
    else insert.run({ ...m, activityId, at })
  }
}

/** Ids of the milestones of an activity. */
export function milestoneIds(db: Db, activityId: number): number[] {
  return db
    .prepare('SELECT id FROM milestones WHERE activity_id = ?')
    .pluck()
    .all(activityId) as number[]
}

/** Ids of the activities of an output, in order. */
export function activitySiblings(db: Db, outputId: number): number[] {
  return db
    .prepare('SELECT id FROM activities WHERE output_id = ? ORDER BY position, id')
    .pluck()
    .all(outputId) as number[]
}

/** Rewrites the order of an output's activities. */
export function setActivityPositions(db: Db, ids: readonly number[]): void {
  const stmt = db.prepare('UPDATE activities SET position = ? WHERE id = ?')
  ids.forEach((id, i) => stmt.run(i + 1, id))
}

/** Moves an activity to the end of another output. */
export function setActivityOutput(db: Db, id: number, outputId: number, at: string): void {
  db.prepare(
    `UPDATE activities SET output_id = @outputId, position = @position, version = version + 1,
       updated_at = @at WHERE id = @id`,
  ).run({ id, outputId, position: nextActivityPosition(db, outputId), at })
}

/** Bumps the version of a moved activity. */
export function touchActivity(db: Db, id: number, at: string): void {
  db.prepare('UPDATE activities SET version = version + 1, updated_at = ? WHERE id = ?').run(at, id)
}

/** Activities that depend on `id`. */
export function dependantsOf(db: Db, id: number): number[] {
  return db
    .prepare('SELECT activity_id FROM activity_dependencies WHERE depends_on_id = ? ORDER BY 1')
    .pluck()
    .all(id) as number[]
}

/** Removes one activity; its milestones and its own prerequisite links go with it. */
export function deleteActivity(db: Db, id: number): void {
  db.prepare('DELETE FROM activities WHERE id = ?').run(id)
}
