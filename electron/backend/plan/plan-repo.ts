import type { PlanHeader, PlanResult, ResultLevel } from '../../../shared/contract'
import type { Db } from '../db/connection'

interface HeaderRow {
  vision: string
  mission: string
  impact: string
  impact_assumptions: string
  period_start: string | null
  period_end: string | null
  version: number
  updated_at: string
}

/** The header fields a user edits. */
export type HeaderFields = Omit<PlanHeader, 'version' | 'updatedAt'>

const EMPTY_HEADER: PlanHeader = {
  vision: '',
  mission: '',
  impact: '',
  impactAssumptions: '',
  periodStart: null,
  periodEnd: null,
  version: 0,
  updatedAt: null,
}

/** The plan header, or an empty one (version 0) before it is first saved. */
export function readHeader(db: Db): PlanHeader {
  const r = db.prepare('SELECT * FROM plan WHERE id = 1').get() as HeaderRow | undefined
  if (!r) return { ...EMPTY_HEADER }
  return {
    vision: r.vision,
    mission: r.mission,
    impact: r.impact,
    impactAssumptions: r.impact_assumptions,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    version: r.version,
    updatedAt: r.updated_at,
  }
}

/** Inserts or updates the single header row. */
export function writeHeader(db: Db, f: HeaderFields, at: string): void {
  db.prepare(
    `INSERT INTO plan (id, vision, mission, impact, impact_assumptions, period_start, period_end,
       version, updated_at)
     VALUES (1, @vision, @mission, @impact, @impactAssumptions, @periodStart, @periodEnd, 1, @at)
     ON CONFLICT (id) DO UPDATE SET vision = @vision, mission = @mission, impact = @impact,
       impact_assumptions = @impactAssumptions, period_start = @periodStart,
       period_end = @periodEnd, version = version + 1, updated_at = @at`,
  ).run({ ...f, at })
}

interface ResultRow {
  id: number
  objective_id: number
  parent_id: number | null
  level: ResultLevel
  position: number
  statement: string
  assumptions: string
  owner: string
  project_id: number | null
  version: number
  created_at: string
  updated_at: string
}

const toResult = (r: ResultRow): PlanResult => ({
  id: r.id,
  level: r.level,
  objectiveId: r.objective_id,
  parentId: r.parent_id,
  position: r.position,
  number: '',
  statement: r.statement,
  assumptions: r.assumptions,
  owner: r.owner,
  projectId: r.project_id,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

/** Every outcome and output (numbers are filled in by the service). */
export function listResults(db: Db): PlanResult[] {
  return (db.prepare('SELECT * FROM results ORDER BY position, id').all() as ResultRow[]).map(
    toResult,
  )
}

/** One outcome or output. */
export function findResult(db: Db, id: number): PlanResult | undefined {
  const r = db.prepare('SELECT * FROM results WHERE id = ?').get(id) as ResultRow | undefined
  return r && toResult(r)
}

/** The fields of a result a user edits. */
export interface ResultFields {
  statement: string
  assumptions: string
  owner: string
  projectId: number | null
}

/** Inserts an outcome or output at the end of its siblings. */
export function insertResult(
  db: Db,
  where: { level: ResultLevel; objectiveId: number; parentId: number | null },
  f: ResultFields,
  at: string,
): number {
  const position = nextResultPosition(db, where.objectiveId, where.parentId)
  const r = db
    .prepare(
      `INSERT INTO results (objective_id, parent_id, level, position, statement, assumptions,
         owner, project_id, version, created_at, updated_at)
       VALUES (@objectiveId, @parentId, @level, @position, @statement, @assumptions, @owner,
         @projectId, 1, @at, @at)`,
    )
    .run({ ...where, ...f, position, at })
  return Number(r.lastInsertRowid)
}

/** The position after the last sibling under an objective (outcomes) or an outcome (outputs). */
export function nextResultPosition(db: Db, objectiveId: number, parentId: number | null): number {
  const max =
    parentId === null
      ? db
          .prepare("SELECT max(position) FROM results WHERE objective_id = ? AND level = 'outcome'")
          .pluck()
          .get(objectiveId)
      : db.prepare('SELECT max(position) FROM results WHERE parent_id = ?').pluck().get(parentId)
  return ((max as number | null) ?? 0) + 1
}

/** Updates the editable fields and bumps the version. */
export function updateResult(db: Db, id: number, f: ResultFields, at: string): void {
  db.prepare(
    `UPDATE results SET statement = @statement, assumptions = @assumptions, owner = @owner,
       project_id = @projectId, version = version + 1, updated_at = @at WHERE id = @id`,
  ).run({ ...f, id, at })
}

/** Ids of the siblings of a result, in order. */
export function resultSiblings(db: Db, r: Pick<PlanResult, 'objectiveId' | 'parentId'>): number[] {
  const sql =
    r.parentId === null
      ? "SELECT id FROM results WHERE objective_id = ? AND level = 'outcome' ORDER BY position, id"
      : 'SELECT id FROM results WHERE parent_id = ? ORDER BY position, id'
  return db
    .prepare(sql)
    .pluck()
    .all(r.parentId ?? r.objectiveId) as number[]
}

/** Rewrites the order of siblings: `ids` from first to last. */
export function setResultPositions(db: Db, ids: readonly number[]): void {
  const stmt = db.prepare('UPDATE results SET position = ? WHERE id = ?')
  ids.forEach((id, i) => stmt.run(i + 1, id))
}

/** Moves an outcome to another objective (with its outputs) or an output to another outcome. */
export function setResultParent(
  db: Db,
  id: number,
  to: { objectiveId: number; parentId: number | null; position: number },
  at: string,
): void {
  db.prepare(
    `UPDATE results SET objective_id = @objectiveId, parent_id = @parentId, position = @position,
       version = version + 1, updated_at = @at WHERE id = @id`,
  ).run({ ...to, id, at })
  // Outputs carry their objective too, so indicators and reports find them directly.
  db.prepare('UPDATE results SET objective_id = ? WHERE parent_id = ?').run(to.objectiveId, id)
}

/** Bumps the version of a moved result. */
export function touchResult(db: Db, id: number, at: string): void {
  db.prepare('UPDATE results SET version = version + 1, updated_at = ? WHERE id = ?').run(at, id)
}

/** Removes one result. */
export function deleteResult(db: Db, id: number): void {
  db.prepare('DELETE FROM results WHERE id = ?').run(id)
}
