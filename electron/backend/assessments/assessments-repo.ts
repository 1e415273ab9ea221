import { sql, type Selectable } from 'kysely'
import type {
  AssessmentLead,
  AssessmentStatus,
  AssessmentSummary,
  AssessmentType,
  LocalText,
} from '../../../shared/contract'
import type { Db } from '../db/database'
import { libraryItemsByIds } from '../packs/packs-read'
import type {
  AssessmentItemsTable,
  AssessmentsTable,
  RecommendationsTable,
} from './assessments-tables'

/** The header fields a user edits. */
export interface AssessmentHeader {
  type: AssessmentType
  title: string
  startDate: string | null
  endDate: string | null
  lead: AssessmentLead
  status: AssessmentStatus
}

type AssessmentRow = Omit<Selectable<AssessmentsTable>, 'archived_at'> & {
  previous_title: string | null
}

/** One assessment_items row. */
export type AssessmentItemRow = Selectable<AssessmentItemsTable>

/** One recommendations row. */
export type RecommendationRow = Selectable<RecommendationsTable>

// The header with the title of the cycle it continues.
function selectAssessment(db: Db) {
  return db
    .selectFrom('assessments as a')
    .leftJoin('assessments as p', 'p.id', 'a.previous_id')
    .select([
      'a.id',
      'a.framework_id',
      'a.type',
      'a.title',
      'a.start_date',
      'a.end_date',
      'a.lead',
      'a.status',
      'a.previous_id',
      'a.version',
      'a.created_at',
      'a.updated_at',
      'p.title as previous_title',
    ])
}

async function summaries(db: Db, all: AssessmentRow[]): Promise<AssessmentSummary[]> {
  if (all.length === 0) return []
  const ids = all.map((r) => r.id)
  const progressRows = await db
    .selectFrom('assessment_items')
    .select((eb) => [
      'assessment_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>('not_applicable').as('na'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.and([
                eb('not_applicable', '=', 0),
                eb('current_level', 'is not', null),
                eb('target_level', 'is not', null),
              ]),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('scored'),
      eb.fn.sum<number>('carried_unchanged').as('carried'),
    ])
    .where('assessment_id', 'in', ids)
    .groupBy('assessment_id')
    .execute()
  // Sums come back as strings on PostgreSQL.
  const progress = new Map(
    progressRows.map((p) => [
      p.assessment_id,
      {
        total: Number(p.total),
        na: Number(p.na),
        scored: Number(p.scored),
        carried: Number(p.carried),
      },
    ]),
  )
  const scopeRows = await db
    .selectFrom('assessment_scope')
    .select(['assessment_id', 'area_item_id'])
    .where('assessment_id', 'in', ids)
    .execute()
  // Frameworks and areas are library items (packs domain).
  const library = await libraryItemsByIds(db, [
    ...new Set([...all.map((r) => r.framework_id), ...scopeRows.map((s) => s.area_item_id)]),
  ])
  // Areas in framework order.
  const scope = scopeRows
    .filter((s) => library.has(s.area_item_id))
    .sort((x, y) => {
      const a = library.get(x.area_item_id)!
      const b = library.get(y.area_item_id)!
      return a.position - b.position || a.id - b.id
    })
  // An assessment whose framework is gone from the library is not shown.
  const rows = all.filter((r) => library.has(r.framework_id))
  return rows.map((r) => {
    const framework = library.get(r.framework_id)!
    const p = progress.get(r.id)
    const total = p?.total ?? 0
    const na = p?.na ?? 0
    return {
      id: r.id,
      frameworkId: r.framework_id,
      frameworkCode: framework.code,
      frameworkName: (framework.data as { name: LocalText }).name,
      type: r.type,
      title: r.title,
      startDate: r.start_date,
      endDate: r.end_date,
      lead: r.lead,
      status: r.status,
      previousId: r.previous_id,
      previousTitle: r.previous_title,
      areaIds: scope.filter((s) => s.assessment_id === r.id).map((s) => s.area_item_id),
      progress: {
        scored: p?.scored ?? 0,
        applicable: total - na,
        notApplicable: na,
        total,
        carried: p?.carried ?? 0,
      },
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }
  })
}

/** Every assessment, newest first (by start date, then creation). */
export async function listAssessments(db: Db): Promise<AssessmentSummary[]> {
  const rows = await selectAssessment(db)
    .where('a.archived_at', 'is', null)
    .orderBy(sql`coalesce(a.start_date, substr(a.created_at, 1, 10))`, 'desc')
    .orderBy('a.id', 'desc')
    .execute()
  return summaries(db, rows)
}

/** One assessment or undefined. */
export async function findAssessment(db: Db, id: number): Promise<AssessmentSummary | undefined> {
  const row = await selectAssessment(db)
    .where('a.id', '=', id)
    .where('a.archived_at', 'is', null)
    .executeTakeFirst()
  return row ? (await summaries(db, [row]))[0] : undefined
}

/** Inserts an assessment with its scope; returns the new id. */
export async function insertAssessment(
  db: Db,
  f: AssessmentHeader & { frameworkId: number; previousId: number | null; areaIds: number[] },
  at: string,
): Promise<number> {
  const { id } = await db
    .insertInto('assessments')
    .values({
      framework_id: f.frameworkId,
      type: f.type,
      title: f.title,
      start_date: f.startDate,
      end_date: f.endDate,
      lead: f.lead,
      status: f.status,
      previous_id: f.previousId,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (f.areaIds.length > 0)
    await db
      .insertInto('assessment_scope')
      .values(f.areaIds.map((area) => ({ assessment_id: id, area_item_id: area })))
      .execute()
  return id
}

/** Updates the header when `version` still matches; false when someone changed it first. */
export async function updateAssessmentRow(
  db: Db,
  id: number,
  version: number,
  f: AssessmentHeader,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('assessments')
    .set((eb) => ({
      type: f.type,
      title: f.title,
      start_date: f.startDate,
      end_date: f.endDate,
      lead: f.lead,
      status: f.status,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Removes an assessment and everything that hangs from it. */
export async function deleteAssessmentRows(db: Db, id: number): Promise<void> {
  const items = db.selectFrom('assessment_items').select('id').where('assessment_id', '=', id)
  const recs = db
    .selectFrom('recommendations')
    .select('id')
    .where('assessment_item_id', 'in', items)
  await db
    .deleteFrom('trace_links')
    .where((eb) =>
      eb.or([
        eb.and([eb('source_type', '=', 'gap'), eb('source_id', 'in', items)]),
        eb.and([eb('source_type', '=', 'recommendation'), eb('source_id', 'in', recs)]),
      ]),
    )
    .execute()
  await db.deleteFrom('recommendations').where('assessment_item_id', 'in', items).execute()
  // A later cycle keeps its own copies; it only forgets where they came from.
  await db
    .updateTable('assessment_items')
    .set({ carried_from_id: null, carried_unchanged: 0 })
    .where('carried_from_id', 'in', items)
    .execute()
  await db
    .updateTable('assessments')
    .set({ previous_id: null })
    .where('previous_id', '=', id)
    .execute()
  await db.deleteFrom('assessment_items').where('assessment_id', '=', id).execute()
  await db.deleteFrom('assessment_scope').where('assessment_id', '=', id).execute()
  await db.deleteFrom('assessments').where('id', '=', id).execute()
}

/** The fields copied into a new item row. */
export interface ItemSeed {
  itemId: number
  currentLevel: number | null
  targetLevel: number | null
  notApplicable: boolean
  evidence: string
  currentState: string
  desiredState: string
  carriedFromId: number | null
}

/** Inserts the item rows of an assessment. */
export async function insertItems(
  db: Db,
  assessmentId: number,
  seeds: ItemSeed[],
  at: string,
): Promise<void> {
  if (seeds.length === 0) return
  await db
    .insertInto('assessment_items')
    .values(
      seeds.map((s) => ({
        assessment_id: assessmentId,
        item_id: s.itemId,
        current_level: s.currentLevel,
        target_level: s.targetLevel,
        not_applicable: s.notApplicable ? 1 : 0,
        evidence: s.evidence,
        current_state: s.currentState,
        desired_state: s.desiredState,
        carried_from_id: s.carriedFromId,
        carried_unchanged: s.carriedFromId === null ? 0 : 1,
        version: 1,
        updated_at: at,
      })),
    )
    .execute()
}

/** Item rows of one assessment, in insertion order. */
export function itemRowsOf(db: Db, assessmentId: number): Promise<AssessmentItemRow[]> {
  return db
    .selectFrom('assessment_items')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('id')
    .execute()
}

/** One item row. */
export function findItemRow(db: Db, id: number): Promise<AssessmentItemRow | undefined> {
  return db.selectFrom('assessment_items').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Recommendation rows of one assessment. */
export function recommendationRowsOf(db: Db, assessmentId: number): Promise<RecommendationRow[]> {
  return db
    .selectFrom('recommendations as r')
    .innerJoin('assessment_items as i', 'i.id', 'r.assessment_item_id')
    .selectAll('r')
    .where('i.assessment_id', '=', assessmentId)
    .orderBy('r.id')
    .execute()
}

/** Recommendation rows of one assessment item. */
export function recommendationRowsOfItem(
  db: Db,
  assessmentItemId: number,
): Promise<RecommendationRow[]> {
  return db
    .selectFrom('recommendations')
    .selectAll()
    .where('assessment_item_id', '=', assessmentItemId)
    .orderBy('id')
    .execute()
}

/** One recommendation row. */
export function findRecommendationRow(db: Db, id: number): Promise<RecommendationRow | undefined> {
  return db.selectFrom('recommendations').selectAll().where('id', '=', id).executeTakeFirst()
}
