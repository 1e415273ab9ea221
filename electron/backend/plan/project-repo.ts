import type { Selectable } from 'kysely'
import type { PlanProject } from '../../../shared/contract'
import type { Db } from '../db/database'
import type { ProjectsTable } from './plan-tables'

/** The fields of a project a user edits. */
export type ProjectFields = Omit<PlanProject, 'id' | 'version' | 'createdAt' | 'updatedAt'>

const toProject = (r: Selectable<ProjectsTable>): PlanProject => ({
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
export async function listProjects(db: Db): Promise<PlanProject[]> {
  const rows = await db.selectFrom('projects').selectAll().orderBy('id').execute()
  return rows.map(toProject).sort((a, b) => collator.compare(a.code, b.code) || a.id - b.id)
}

/** One project. */
export async function findProject(db: Db, id: number): Promise<PlanProject | undefined> {
  const r = await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst()
  return r && toProject(r)
}

/** The project holding `code` (case-insensitive). */
export async function findProjectByCode(db: Db, code: string): Promise<PlanProject | undefined> {
  const r = await db
    .selectFrom('projects')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['code']), '=', eb.fn('lower', [eb.val(code)])))
    .orderBy('id')
    .executeTakeFirst()
  return r && toProject(r)
}

const columns = (f: ProjectFields) => ({
  code: f.code,
  title: f.title,
  description: f.description,
  owner: f.owner,
  status: f.status,
  planned_start: f.plannedStart,
  planned_end: f.plannedEnd,
})

/** Inserts and returns the new id. */
export async function insertProject(db: Db, f: ProjectFields, at: string): Promise<number> {
  const r = await db
    .insertInto('projects')
    .values({ ...columns(f), version: 1, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** Updates the editable fields and bumps the version. */
export async function updateProject(
  db: Db,
  id: number,
  f: ProjectFields,
  at: string,
): Promise<void> {
  await db
    .updateTable('projects')
    .set((eb) => ({ ...columns(f), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .execute()
}

/** Removes one project. */
export async function deleteProject(db: Db, id: number): Promise<void> {
  await db.deleteFrom('projects').where('id', '=', id).execute()
}
