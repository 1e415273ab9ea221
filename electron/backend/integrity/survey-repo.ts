import type { SurveyPopulation, SurveyWave } from '../../../shared/contract'
import type { Db } from '../db/connection'

interface WaveRow {
  id: number
  title: string
  conducted_on: string
  population: SurveyPopulation
  respondents: number
  framework_id: number
  sensitivity: number
  version: number
  created_at: string
  updated_at: string
}

/** Fields a user edits on a wave (scores are written separately). */
export interface WaveFields {
  title: string
  conductedOn: string
  population: SurveyPopulation
  respondents: number
  sensitivity: number
}

function scoresOf(db: Db, waveId: number): SurveyWave['scores'] {
  return db
    .prepare(
      `SELECT s.factor_item_id AS factorItemId, s.score FROM survey_scores s
       JOIN library_items i ON i.id = s.factor_item_id WHERE s.wave_id = ? ORDER BY i.position`,
    )
    .all(waveId) as SurveyWave['scores']
}

const toWave = (db: Db, r: WaveRow): SurveyWave => ({
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
  scores: scoresOf(db, r.id),
})

/** Waves of one framework, oldest first (the order they are compared in). */
export function listWaves(db: Db, frameworkId: number): SurveyWave[] {
  const rows = db
    .prepare('SELECT * FROM survey_waves WHERE framework_id = ? ORDER BY conducted_on, id')
    .all(frameworkId) as WaveRow[]
  return rows.map((r) => toWave(db, r))
}

/** One wave with its scores, or undefined. */
export function findWave(db: Db, id: number): SurveyWave | undefined {
  const row = db.prepare('SELECT * FROM survey_waves WHERE id = ?').get(id) as WaveRow | undefined
  return row && toWave(db, row)
}

/** Inserts and returns the new id. */
export function insertWave(db: Db, frameworkId: number, f: WaveFields, at: string): number {
  const r = db
    .prepare(
      `INSERT INTO survey_waves (title, conducted_on, population, respondents, framework_id,
         sensitivity, version, created_at, updated_at)
       VALUES (@title, @conductedOn, @population, @respondents, @frameworkId, @sensitivity, 1, @at, @at)`,
    )
    .run({ ...f, frameworkId, at })
  return Number(r.lastInsertRowid)
}

/** Updates when `version` still matches; false when someone changed it first. */
export function updateWave(
  db: Db,
  id: number,
  version: number,
  f: WaveFields,
  at: string,
): boolean {
  const r = db
    .prepare(
      `UPDATE survey_waves SET title = @title, conducted_on = @conductedOn,
         population = @population, respondents = @respondents, sensitivity = @sensitivity,
         version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version`,
    )
    .run({ ...f, id, version, at })
  return r.changes === 1
}

/** Replaces every score of a wave. */
export function replaceScores(db: Db, waveId: number, scores: SurveyWave['scores']): void {
  db.prepare('DELETE FROM survey_scores WHERE wave_id = ?').run(waveId)
  const insert = db.prepare(
    'INSERT INTO survey_scores (wave_id, factor_item_id, score) VALUES (?, ?, ?)',
  )
  for (const s of scores) insert.run(waveId, s.factorItemId, s.score)
}

/** Removes a wave and its scores. */
export function deleteWave(db: Db, id: number): void {
  db.prepare('DELETE FROM survey_scores WHERE wave_id = ?').run(id)
  db.prepare('DELETE FROM survey_waves WHERE id = ?').run(id)
}
