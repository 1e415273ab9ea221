import type { Selectable } from 'kysely'
import type { SurveyPopulation, SurveyWave } from '../../../shared/contract'
import type { Db } from '../db/database'
import { libraryItemsByIds } from '../packs/packs-read'
import type { SurveyWavesTable } from './integrity-tables'

type WaveRow = Selectable<SurveyWavesTable>

/** Fields a user edits on a wave (scores are written separately). */
export interface WaveFields {
  title: string
  conductedOn: string
  population: SurveyPopulation
  respondents: number
  sensitivity: number
}

/** The scores of the given waves, each wave's in the pack order of its factors. */
async function scoresOf(db: Db, waveIds: number[]): Promise<Map<number, SurveyWave['scores']>> {
  const byWave = new Map<number, SurveyWave['scores']>()
  if (waveIds.length === 0) return byWave
  const rows = await db
    .selectFrom('survey_scores')
    .select(['wave_id', 'factor_item_id', 'score'])
    .where('wave_id', 'in', waveIds)
    .orderBy('wave_id')
    .orderBy('factor_item_id')
    .execute()
  // Factors are pack items (another domain's table): their positions are looked up apart.
  const factors = await libraryItemsByIds(db, [...new Set(rows.map((r) => r.factor_item_id))])
  const at = (id: number) => factors.get(id)?.position ?? Number.MAX_SAFE_INTEGER
  rows.sort(
    (a, b) => at(a.factor_item_id) - at(b.factor_item_id) || a.factor_item_id - b.factor_item_id,
  )
  for (const r of rows) {
    const list = byWave.get(r.wave_id) ?? []
    list.push({ factorItemId: r.factor_item_id, score: Number(r.score) })
    byWave.set(r.wave_id, list)
  }
  return byWave
}

const toWave = (r: WaveRow, scores: SurveyWave['scores']): SurveyWave => ({
  id: r.id,
  frameworkId: r.framework_id,
  title: r.title,
  conductedOn: r.conducted_on,
  population: r.population,
  respondents: r.respondents,
  sensitivity: r.sensitivity,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  scores,
})

async function withScores(db: Db, rows: WaveRow[]): Promise<SurveyWave[]> {
  const scores = await scoresOf(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => toWave(r, scores.get(r.id) ?? []))
}

/** Waves of one framework (or of all), oldest first (the order they are compared in). */
export async function listWaves(db: Db, frameworkId?: number): Promise<SurveyWave[]> {
  let q = db.selectFrom('survey_waves').selectAll()
  if (frameworkId !== undefined) q = q.where('framework_id', '=', frameworkId)
  const rows = await q.orderBy('conducted_on').orderBy('id').execute()
  return withScores(db, rows)
}

/** One wave with its scores, or undefined. */
export async function findWave(db: Db, id: number): Promise<SurveyWave | undefined> {
  const row = await db
    .selectFrom('survey_waves')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row && (await withScores(db, [row]))[0]
}

const columns = (f: WaveFields) => ({
  title: f.title,
  conducted_on: f.conductedOn,
  population: f.population,
  respondents: f.respondents,
  sensitivity: f.sensitivity,
})

/** Inserts and returns the new id. */
export async function insertWave(
  db: Db,
  frameworkId: number,
  f: WaveFields,
  at: string,
): Promise<number> {
  const r = await db
    .insertInto('survey_waves')
    .values({
      ...columns(f),
      framework_id: frameworkId,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** Updates when `version` still matches; false when someone changed it first. */
export async function updateWave(
  db: Db,
  id: number,
  version: number,
  f: WaveFields,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('survey_waves')
    .set((eb) => ({ ...columns(f), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Replaces every score of a wave. */
export async function replaceScores(
  db: Db,
  waveId: number,
  scores: SurveyWave['scores'],
): Promise<void> {
  await db.deleteFrom('survey_scores').where('wave_id', '=', waveId).execute()
  if (scores.length === 0) return
  await db
    .insertInto('survey_scores')
    .values(
      scores.map((s) => ({ wave_id: waveId, factor_item_id: s.factorItemId, score: s.score })),
    )
    .execute()
}

/** Removes a wave and its scores. */
export async function deleteWave(db: Db, id: number): Promise<void> {
  await db.deleteFrom('survey_scores').where('wave_id', '=', id).execute()
  await db.deleteFrom('survey_waves').where('id', '=', id).execute()
}
