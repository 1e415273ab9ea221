// Generated from the SQLite schema (migrations 001-010); the risks domain owns these tables.
import type { Generated } from 'kysely'
import type {
  RiskActionStatus,
  RiskResponse,
  RiskScope,
  RiskStatus,
} from '../../../shared/contract'

/** Table `risks`. */
export interface RisksTable {
  id: Generated<number>
  code: string
  title: string
  cause: Generated<string>
  event: Generated<string>
  consequence: Generated<string>
  category: string
  catalogue_item_id: number | null
  matrix_item_id: number
  scope_type: RiskScope
  objective_id: number | null
  project_id: number | null
  result_id: number | null
  framework_item_id: number | null
  owner: Generated<string>
  raised_on: string
  inherent_likelihood: number
  inherent_impact: number
  existing_controls: Generated<string>
  response: RiskResponse
  residual_likelihood: number
  residual_impact: number
  status: RiskStatus
  next_review: string
  review_overridden: Generated<number>
  integrity: Generated<number>
  integrity_factor_item_id: number | null
  accepted_by: string | null
  acceptance_reason: string | null
  accepted_until: string | null
  sensitivity: Generated<number>
  version: Generated<number>
  created_at: string
  updated_at: string
  /** Kept by `recordRating` (migration 010): how many ratings, the newest's date, and the
   * residual scores of the newest two. */
  ratings_count: Generated<number>
  last_rated_on: string | null
  last_score: number | null
  previous_score: number | null
}

/** Table `risk_ratings`. */
export interface RiskRatingsTable {
  id: Generated<number>
  risk_id: number
  rated_on: string
  rated_at: string
  rated_by: string
  inherent_likelihood: number
  inherent_impact: number
  residual_likelihood: number
  residual_impact: number
  reason: Generated<string>
}

/** Table `risk_actions`. */
export interface RiskActionsTable {
  id: Generated<number>
  risk_id: number
  action: string
  owner: Generated<string>
  due_date: string
  status: RiskActionStatus
  completed_on: string | null
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** The risks domain's tables, by name. */
export interface RisksTables {
  risks: RisksTable
  risk_ratings: RiskRatingsTable
  risk_actions: RiskActionsTable
}
