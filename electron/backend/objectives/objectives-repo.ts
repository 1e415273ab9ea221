import type { Objective, ObjectiveStatus } from '../../../shared/contract'
import type { Db } from '../db/connection'

interface ObjectiveRow {
  id: number
  code: string
  title: string
  description: string
  owner: string
  status: ObjectiveStatus
  version: number
  created_at: string
  updated_at: string
}

/** Fields a user edits. */
export type ObjectiveFields = Pick<Objective, 'code' | 'title' | 'description' | 'owner' | 'status'>

const toObjective = (r: ObjectiveRow): Objective => ({
  id: r.id,
  code: r.code,
  title: r.title,
  description: r.description,
  owner: r.owner,
  status: r.status,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

/** All objectives, ordered by code (natural order: SO2 before SO10). */
export function listObjectives(db: Db): Objective[] {
  const rows = db.prepare('SELECT * FROM objectives').all() as ObjectiveRow[]
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  return rows.map(toObjective).sort((a, b) => collator.compare(a.code, b.code))
}

/** One objective or undefined. */
export function findObjective(db: Db, id: number): Objective | undefined {
  const row = db.prepare('SELECT * FROM objectives WHERE id = ?').get(id) as
    ObjectiveRow | undefined
  return row && toObjective(row)
}

/** The objective holding `code` (case-insensitive), if any. */
export function findObjectiveByCode(db: Db, code: string): Objective | undefined {
  const row = db.prepare('SELECT * FROM objectives WHERE code = ?').get(code) as
    ObjectiveRow | undefined
  return row && toObjective(row)
}

/** Inserts and returns the new id. */
export function insertObjective(db: Db, f: ObjectiveFields, at: string): number {
  const r = db
    .prepare(
      `INSERT INTO objectives (code, title, description, owner, status, version, created_at, updated_at)
       VALUES (@code, @title, @description, @owner, @status, 1, @at, @at)`,
    )
    .run({ ...f, at })
  return Number(r.lastInsertRowid)
}

/** Updates when `version` still matches; returns false when someone changed it first. */
export function updateObjective(
  db: Db,
  id: number,
  version: number,
  f: ObjectiveFields,
  at: string,
): boolean {
  const r = db
    .prepare(
      `UPDATE objectives SET code = @code, title = @title, description = @description,
         owner = @owner, status = @status, version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version`,
    )
    .run({ ...f, id, version, at })
  return r.changes === 1
}

/** Removes one objective. */
export function deleteObjective(db: Db, id: number): void {
  db.prepare('DELETE FROM objectives WHERE id = ?').run(id)
}
