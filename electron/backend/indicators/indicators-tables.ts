// Generated from the SQLite schema (migrations 001-008); the indicators domain owns these tables.
import type { Generated } from 'kysely'
import type { Direction, Rag } from '../../../shared/domain/rag'
import type { Frequency } from '../../../shared/domain/periods'

/** Table `indicators`. */
export interface IndicatorsTable {
  id: Generated<number>
  code: string
  name: string
  definition: Generated<string>
  unit: Generated<string>
  direction: Direction
  frequency: Frequency
  source: Generated<string>
  responsible: Generated<string>
  objective_id: number | null
  result_id: number | null
  library_item_id: number | null
  baseline_value: number | null
  baseline_date: string | null
  target_value: number | null
  target_date: string | null
  version: Generated<number>
  created_at: string
  updated_at: string
  archived_at: string | null
}

/** Table `indicator_milestones`. */
export interface IndicatorMilestonesTable {
  id: Generated<number>
  indicator_id: number
  due_date: string
  value: number
}

/** Table `indicator_actuals`. */
export interface IndicatorActualsTable {
  id: Generated<number>
  indicator_id: number
  period: string
  period_start: string
  period_end: string
  value: number
  explanation: Generated<string>
  rag: Rag
  version: Generated<number>
  recorded_at: string
}

/** The indicators domain's tables, by name. */
export interface IndicatorsTables {
  indicators: IndicatorsTable
  indicator_milestones: IndicatorMilestonesTable
  indicator_actuals: IndicatorActualsTable
}
