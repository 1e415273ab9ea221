import type { IntegrityAction, IntegrityAssessment, SurveyWave } from '../../../shared/contract'
import type { Db } from '../db/database'
import { listActions, listAllActions } from './action-repo'
import { listAssessments } from './assessment-repo'
import { listWaves } from './survey-repo'

// The integrity domain's read API: what other domains (the documents' integrity report) may read
// of the integrity tables. Plain domain objects, each record with its `sensitivity`, so callers
// can leave out what their audience may not see. Read-only; pass a transaction to read in one.

/** The assessments of one framework, newest first (date, then id), each with its ratings. */
export function listIntegrityAssessments(
  db: Db,
  frameworkId: number,
): Promise<IntegrityAssessment[]> {
  return listAssessments(db, frameworkId)
}

/**
 * Actions of the integrity action plan, by due date (then creation): every action, or only those
 * of `factorIds`. `today` (YYYY-MM-DD) sets each action's `overdue` flag.
 */
export function listIntegrityActions(
  db: Db,
  today: string,
  factorIds?: readonly number[],
): Promise<IntegrityAction[]> {
  return factorIds === undefined ? listAllActions(db, today) : listActions(db, factorIds, today)
}

/** Survey waves of one framework (or of all), oldest first (date, then id), with their scores. */
export function listSurveyWaves(db: Db, frameworkId?: number): Promise<SurveyWave[]> {
  return listWaves(db, frameworkId)
}
