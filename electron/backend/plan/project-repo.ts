import type { PlanProject, ProjectStatus } from '../../../shared/contract'
import type { Db } from '../db/connection'

interface ProjectRow {
  id: number
  code: string
  title: string
  description: string
  owner: string
  status: ProjectStatus
  planned_start: string | null
  planned_end: string | null
  version: number
  created_at: string
  updated_at: string
}

/** The fields of a project a user edits. */
export type ProjectFields = Omit<PlanProject, 'id' | 'version' | 'createdAt' | 'updatedAt'>

const toProject = (r: ProjectRow): PlanProject => ({
  id: r.id,
  code: r.code,
  title: r.title,
  description: r.description,
  owner: r.owner,
  status: r.status,
  plannedStart: r.planned_start,
  plannedEnd: r.planned_end,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** Every project, in natural code order. */
export function listProjects(db: Db): PlanProject[] {
  return (db.prepare('SELECT * FROM projects').all() as ProjectRow[])
    .map(toProject)
    .sort((a, b) => collator.compare(a.code, b.code))
}

/** One project. */
export function findProject(db: Db, id: number): PlanProject | undefined {
  const r = db.prepare('SELECT * FROM projects WHERE id = ?').get(id) as ProjectRow | undefined
  return r && toProject(r)
}

/** The project holding `code` (case-insensitive). */
export function findProjectByCode(db: Db, code: string): PlanProject | undefined {
  const r = db.prepare('SELECT * FROM projects WHERE code = ?').get(code) as ProjectRow | undefined
  return r && toProject(r)
}

/** Inserts and returns the new id. */
export function insertProject(db: Db, f: ProjectFields, at: string): number {
  const r = db
    .prepare(
      `INSERT INTO projects (code, title, description, owner, status, planned_start, planned_end,
         version, created_at, updated_at)
       VALUES (@code, @title, @description, @owner, @status, @plannedStart, @plannedEnd, 1, @at, @at)`,
    )
    .run({ ...f, at })
  return Number(r.lastInsertRowid)
}

/** Updates the editable fields and bumps the version. */
export function updateProject(db: Db, id: number, f: ProjectFields, at: string): void {
  db.prepare(
    `UPDATE projects SET code = @code, title = @title, description = @description, owner = @owner,
       status = @status, planned_start = @plannedStart, planned_end = @plannedEnd,
       version = version + 1, updated_at = @at WHERE id = @id`,
  ).run({ ...f, id, at })
}

/** Removes one project. */
export function deleteProject(db: Db, id: number): void {
  db.prepare('DELETE FROM projects WHERE id = ?').run(id)
}
