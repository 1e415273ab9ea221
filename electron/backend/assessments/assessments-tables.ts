// Generated from the SQLite schema (migrations 001-008); the assessments domain owns these tables.
import type { Generated } from 'kysely'
import type {
  AssessmentLead,
  AssessmentStatus,
  AssessmentType,
  RecommendationAcceptance,
  RecommendationHorizon,
  RecommendationPriority,
  TraceSourceType,
  TraceTargetType,
} from '../../../shared/contract'

/** Table `assessments`. */
export interface AssessmentsTable {
  id: Generated<number>
  framework_id: number
  type: AssessmentType
  title: string
  start_date: string | null
  end_date: string | null
  lead: AssessmentLead
  status: Generated<AssessmentStatus>
  previous_id: number | null
  version: Generated<number>
  created_at: string
  updated_at: string
  archived_at: string | null
}

/** Table `assessment_scope`. */
export interface AssessmentScopeTable {
  assessment_id: number
  area_item_id: number
}

/** Table `assessment_items`. */
export interface AssessmentItemsTable {
  id: Generated<number>
  assessment_id: number
  item_id: number
  current_level: number | null
  target_level: number | null
  not_applicable: Generated<number>
  evidence: Generated<string>
  current_state: Generated<string>
  desired_state: Generated<string>
  carried_from_id: number | null
  carried_unchanged: Generated<number>
  deferred_reason: string | null
  version: Generated<number>
  updated_at: string
}

/** Table `recommendations`. */
export interface RecommendationsTable {
  id: Generated<number>
  assessment_item_id: number
  text: string
  priority: RecommendationPriority
  horizon: RecommendationHorizon
  responsible_unit: Generated<string>
  accepted: Generated<RecommendationAcceptance>
  deferred_reason: string | null
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** Table `trace_links`. */
export interface TraceLinksTable {
  id: Generated<number>
  source_type: TraceSourceType
  source_id: number
  target_type: TraceTargetType
  target_id: number
  created_at: string
}

/** The assessments domain's tables, by name. */
export interface AssessmentsTables {
  assessments: AssessmentsTable
  assessment_scope: AssessmentScopeTable
  assessment_items: AssessmentItemsTable
  recommendations: RecommendationsTable
  trace_links: TraceLinksTable
}
