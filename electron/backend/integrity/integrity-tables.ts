// Generated from the SQLite schema (migrations 001-008); the integrity domain owns these tables.
import type { Generated } from 'kysely'
import type {
  IntegrityActionStatus,
  IntegrityHorizon,
  IntegrityMethod,
  SurveyPopulation,
} from '../../../shared/contract'

/** Table `integrity_assessments`. */
export interface IntegrityAssessmentsTable {
  id: Generated<number>
  framework_id: number
  title: string
  assessed_on: string
  method: IntegrityMethod
  participants: Generated<string>
  participant_count: number | null
  sensitivity: Generated<number>
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** Table `integrity_ratings`. */
export interface IntegrityRatingsTable {
  id: Generated<number>
  assessment_id: number
  factor_item_id: number
  rating: number | null
  strengths: Generated<string>
  weaknesses: Generated<string>
  evidence: Generated<string>
  version: Generated<number>
  updated_at: string
}

/** Table `integrity_actions`. */
export interface IntegrityActionsTable {
  id: Generated<number>
  factor_item_id: number
  action: string
  horizon: IntegrityHorizon
  owner: Generated<string>
  start_date: string | null
  due_date: string
  status: IntegrityActionStatus
  completed_on: string | null
  indicator_id: number | null
  sensitivity: Generated<number>
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** Table `survey_waves`. */
export interface SurveyWavesTable {
  id: Generated<number>
  title: string
  conducted_on: string
  population: SurveyPopulation
  respondents: number
  framework_id: number
  sensitivity: Generated<number>
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** Table `survey_scores`. */
export interface SurveyScoresTable {
  wave_id: number
  factor_item_id: number
  score: number
}

/** The integrity domain's tables, by name. */
export interface IntegrityTables {
  integrity_assessments: IntegrityAssessmentsTable
  integrity_ratings: IntegrityRatingsTable
  integrity_actions: IntegrityActionsTable
  survey_waves: SurveyWavesTable
  survey_scores: SurveyScoresTable
}
