import type { Selectable } from 'kysely'
import type { Objective } from '../../../shared/contract'
import type { Db } from '../db/database'
import type { ObjectivesTable } from './plan-tables'

type ObjectiveRow = Selectable<ObjectivesTable>

/** Fields a user edits. */
export type ObjectiveFields = Pick<
  Objective,
  'code' | 'title' | 'description' | 'owner' | 'status' | 'assumptions'
>

const toObjective = (r: ObjectiveRow): Objective => ({
  id: r.id,
  code: r.code,
  title: r.title,
  description: r.description,
  owner: r.owner,
  status: r.status,
  assumptions: r.assumptions,
  position: r.position,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** All objectives in logframe order (position; code breaks ties, naturally: SO2 before SO10). */
export async function listObjectives(db: Db): Promise<Objective[]> {
  const rows = await db
    .selectFrom('objectives')
    .selectAll()
    .orderBy('position')
    .orderBy('id')
    .execute()
  return rows
    .map(toObjective)
    .sort((a, b) => a.position - b.position || collator.compare(a.code, b.code) || a.id - b.id)
}

/** One objective or undefined. */
export async function findObjective(db: Db, id: number): Promise<Objective | undefined> {
  const row = await db.selectFrom('objectives').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toObjective(row)
}

/** The objective holding `code` (case-insensitive), if any. */
export async function findObjectiveByCode(db: Db, code: string): Promise<Objective | undefined> {
  const row = await db
    .selectFrom('objectives')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['code']), '=', eb.fn('lower', [eb.val(code)])))
    .orderBy('id')
    .executeTakeFirst()
  return row && toObjective(row)
}

/** Inserts at `position` and returns the new id. */
export async function insertObjective(
  db: Db,
  f: ObjectiveFields,
  position: number,
  at: string,
): Promise<number> {
  const r = await db
    .insertInto('objectives')
    .values({
      code: f.code,
      title: f.title,
      description: f.description,
      owner: f.owner,
      status: f.status,
      assumptions: f.assumptions,
      position,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** Updates when `version` still matches; returns false when someone changed it first. */
export async function updateObjective(
  db: Db,
  id: number,
  version: number,
  f: ObjectiveFields,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('objectives')
    .set((eb) => ({
      code: f.code,
      title: f.title,
      description: f.description,
      owner: f.owner,
      status: f.status,
      assumptions: f.assumptions,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Marks an objective changed (its place moved) and bumps its version. */
export async function touchObjective(db: Db, id: number, at: string): Promise<void> {
  await db
    .updateTable('objectives')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .execute()
}

/** Removes one objective. */
export async function deleteObjective(db: Db, id: number): Promise<void> {
  await db.deleteFrom('objectives').where('id', '=', id).execute()
}

/** Where every objective sits: all numbering needs. */
export function listObjectivePlaces(db: Db): Promise<{ id: number; position: number }[]> {
  return db
    .selectFrom('objectives')
    .select(['id', 'position'])
    .orderBy('position')
    .orderBy('id')
    .execute()
}
