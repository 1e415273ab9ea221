import type { Objective, ObjectiveStatus } from '../../../shared/contract'
import type { Db } from '../db/connection'

interface ObjectiveRow {
  id: number
  code: string
  title: string
  description: string
  owner: string
  status: ObjectiveStatus
  assumptions: string
  position: number
  version: number
  created_at: string
  updated_at: string
}

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

/** All objectives in logframe order (position; code breaks ties, naturally: SO2 before SO10). */
export function listObjectives(db: Db): Objective[] {
  const rows = db.prepare('SELECT * FROM objectives').all() as ObjectiveRow[]
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  return rows
    .map(toObjective)
    .sort((a, b) => a.position - b.position || collator.compare(a.code, b.code))
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

/** Inserts at `position` and returns the new id. */
export function insertObjective(db: Db, f: ObjectiveFields, position: number, at: string): number {
  const r = db
    .prepare(
      `INSERT INTO objectives (code, title, description, owner, status, assumptions, position,
         version, created_at, updated_at)
       VALUES (@code, @title, @description, @owner, @status, @assumptions, @position, 1, @at, @at)`,
    )
    .run({ ...f, position, at })
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
         owner = @owner, status = @status, assumptions = @assumptions, version = version + 1,
         updated_at = @at
       WHERE id = @id AND version = @version`,
    )
    .run({ ...f, id, version, at })
  return r.changes === 1
}

/** Rewrites the logframe order: `ids` from first to last. */
export function setObjectivePositions(db: Db, ids: readonly number[]): void {
  const stmt = db.prepare('UPDATE objectives SET position = ? WHERE id = ?')
  ids.forEach((id, i) => stmt.run(i + 1, id))
}

/** Marks an objective changed (its place moved) and bumps its version. */
export function touchObjective(db: Db, id: number, at: string): void {
  db.prepare('UPDATE objectives SET version = version + 1, updated_at = ? WHERE id = ?').run(at, id)
}

/** What still hangs on an objective and would be orphaned by deleting it. */
export function objectiveDependants(
  db: Db,
  id: number,
): { outcomes: number; indicators: number; links: number } {
  const n = (sql: string) => db.prepare(sql).pluck().get(id) as number
  return {
    outcomes: n("SELECT count(*) FROM results WHERE objective_id = ? AND level = 'outcome'"),
    indicators: n('SELECT count(*) FROM indicators WHERE objective_id = ? AND archived_at IS NULL'),
    links: n("SELECT count(*) FROM trace_links WHERE target_type = 'objective' AND target_id = ?"),
  }
}

/** Removes one objective. */
export function deleteObjective(db: Db, id: number): void {
  db.prepare('DELETE FROM objectives WHERE id = ?').run(id)
}
