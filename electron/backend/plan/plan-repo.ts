import type { Selectable } from 'kysely'
import type { PlanHeader, PlanResult, ResultLevel } from '../../../shared/contract'
import type { Db } from '../db/database'
import type { ResultsTable } from './plan-tables'
import { countWhere } from '../db/count-where'

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
export async function readHeader(db: Db): Promise<PlanHeader> {
  const r = await db.selectFrom('plan').selectAll().where('id', '=', 1).executeTakeFirst()
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
export async function writeHeader(db: Db, f: HeaderFields, at: string): Promise<void> {
  const fields = {
    vision: f.vision,
    mission: f.mission,
    impact: f.impact,
    impact_assumptions: f.impactAssumptions,
    period_start: f.periodStart,
    period_end: f.periodEnd,
    updated_at: at,
  }
  await db
    .insertInto('plan')
    .values({ id: 1, ...fields, version: 1 })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({ ...fields, version: eb('plan.version', '+', 1) })),
    )
    .execute()
}

const toResult = (r: Selectable<ResultsTable>): PlanResult => ({
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
export async function listResults(db: Db): Promise<PlanResult[]> {
  const rows = await db
    .selectFrom('results')
    .selectAll()
    .orderBy('position')
    .orderBy('id')
    .execute()
  return rows.map(toResult)
}

/** Where every outcome and output sits in the tree: all numbering needs. */
export function listResultPlaces(
  db: Db,
): Promise<{ id: number; objectiveId: number; parentId: number | null; position: number }[]> {
  return db
    .selectFrom('results')
    .select(['id', 'objective_id as objectiveId', 'parent_id as parentId', 'position'])
    .orderBy('position')
    .orderBy('id')
    .execute()
}

/** One outcome or output. */
export async function findResult(db: Db, id: number): Promise<PlanResult | undefined> {
  const r = await db.selectFrom('results').selectAll().where('id', '=', id).executeTakeFirst()
  return r && toResult(r)
}

/** The number of outcomes under an objective. */
export async function countOutcomes(db: Db, objectiveId: number): Promise<number> {
  return countWhere(db, 'results', { objective_id: objectiveId, level: 'outcome' })
}

/** The number of outputs under an outcome. */
export async function countOutputs(db: Db, outcomeId: number): Promise<number> {
  return countWhere(db, 'results', { parent_id: outcomeId })
}

/** The number of outcomes and outputs a project delivers. */
export async function countResultsOfProject(db: Db, projectId: number): Promise<number> {
  return countWhere(db, 'results', { project_id: projectId })
}

/** The fields of a result a user edits. */
export interface ResultFields {
  statement: string
  assumptions: string
  owner: string
  projectId: number | null
}

/** Inserts an outcome or output at the end of its siblings. */
export async function insertResult(
  db: Db,
  where: { level: ResultLevel; objectiveId: number; parentId: number | null },
  f: ResultFields,
  at: string,
): Promise<number> {
  const position = await nextResultPosition(db, where.objectiveId, where.parentId)
  const r = await db
    .insertInto('results')
    .values({
      objective_id: where.objectiveId,
      parent_id: where.parentId,
      level: where.level,
      position,
      statement: f.statement,
      assumptions: f.assumptions,
      owner: f.owner,
      project_id: f.projectId,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** The position after the last sibling under an objective (outcomes) or an outcome (outputs). */
export async function nextResultPosition(
  db: Db,
  objectiveId: number,
  parentId: number | null,
): Promise<number> {
  let q = db.selectFrom('results').select((eb) => eb.fn.max('position').as('max'))
  q =
    parentId === null
      ? q.where('objective_id', '=', objectiveId).where('level', '=', 'outcome')
      : q.where('parent_id', '=', parentId)
  const r = await q.executeTakeFirst()
  return Number(r?.max ?? 0) + 1
}

/** Updates the editable fields and bumps the version. */
export async function updateResult(db: Db, id: number, f: ResultFields, at: string): Promise<void> {
  await db
    .updateTable('results')
    .set((eb) => ({
      statement: f.statement,
      assumptions: f.assumptions,
      owner: f.owner,
      project_id: f.projectId,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .execute()
}

/** Ids of the siblings of a result, in order. */
export async function resultSiblings(
  db: Db,
  r: Pick<PlanResult, 'objectiveId' | 'parentId'>,
): Promise<number[]> {
  let q = db.selectFrom('results').select('id')
  q =
    r.parentId === null
      ? q.where('objective_id', '=', r.objectiveId).where('level', '=', 'outcome')
      : q.where('parent_id', '=', r.parentId)
  const rows = await q.orderBy('position').orderBy('id').execute()
  return rows.map((x) => x.id)
}

/** Moves an outcome to another objective (with its outputs) or an output to another outcome. */
export async function setResultParent(
  db: Db,
  id: number,
  to: { objectiveId: number; parentId: number | null; position: number },
  at: string,
): Promise<void> {
  await db
    .updateTable('results')
    .set((eb) => ({
      objective_id: to.objectiveId,
      parent_id: to.parentId,
      position: to.position,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .execute()
  // Outputs carry their objective too, so indicators and reports find them directly.
  await db
    .updateTable('results')
    .set({ objective_id: to.objectiveId })
    .where('parent_id', '=', id)
    .execute()
}

/** Bumps the version of a moved result. */
export async function touchResult(db: Db, id: number, at: string): Promise<void> {
  await db
    .updateTable('results')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .execute()
}

/** Removes one result. */
export async function deleteResult(db: Db, id: number): Promise<void> {
  await db.deleteFrom('results').where('id', '=', id).execute()
}
