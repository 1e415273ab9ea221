// Generated from the SQLite schema (migrations 001-008); the plan domain owns these tables,
// objectives included (they are the top of the plan).
import type { Generated } from 'kysely'
import type {
  ActivityStatus,
  ObjectiveStatus,
  ProjectStatus,
  ResultLevel,
} from '../../../shared/contract'

/** Table `objectives`. */
export interface ObjectivesTable {
  id: Generated<number>
  code: string
  title: string
  description: Generated<string>
  owner: Generated<string>
  status: ObjectiveStatus
  version: Generated<number>
  created_at: string
  updated_at: string
  position: Generated<number>
  assumptions: Generated<string>
}

/** Table `plan`. */
export interface PlanTable {
  id: Generated<number>
  vision: Generated<string>
  mission: Generated<string>
  impact: Generated<string>
  impact_assumptions: Generated<string>
  period_start: string | null
  period_end: string | null
  version: Generated<number>
  updated_at: string
}

/** Table `projects`. */
export interface ProjectsTable {
  id: Generated<number>
  code: string
  title: string
  description: Generated<string>
  owner: Generated<string>
  status: ProjectStatus
  planned_start: string | null
  planned_end: string | null
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** Table `results`. */
export interface ResultsTable {
  id: Generated<number>
  objective_id: number
  parent_id: number | null
  level: ResultLevel
  position: number
  statement: string
  assumptions: Generated<string>
  owner: Generated<string>
  project_id: number | null
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** Table `activities`. */
export interface ActivitiesTable {
  id: Generated<number>
  output_id: number
  project_id: number | null
  position: number
  title: string
  description: Generated<string>
  owner: Generated<string>
  responsible_unit: Generated<string>
  planned_start: string
  planned_end: string
  actual_start: string | null
  actual_end: string | null
  status: ActivityStatus
  percent_complete: Generated<number>
  assumptions: Generated<string>
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** Table `activity_dependencies`. */
export interface ActivityDependenciesTable {
  activity_id: number
  depends_on_id: number
}

/** Table `milestones`. */
export interface MilestonesTable {
  id: Generated<number>
  activity_id: number
  title: string
  due_date: string
  achieved_date: string | null
  created_at: string
}

/** The plan domain's tables, by name. */
export interface PlanTables {
  objectives: ObjectivesTable
  plan: PlanTable
  projects: ProjectsTable
  results: ResultsTable
  activities: ActivitiesTable
  activity_dependencies: ActivityDependenciesTable
  milestones: MilestonesTable
}
