import type { Objective } from './objectives'

/** Lifecycle of an activity. "Late" is not a status: it is derived from the dates. */
export const ACTIVITY_STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'on_hold',
  'cancelled',
] as const
/** One activity status. */
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]

/** Lifecycle of a project. */
export const PROJECT_STATUSES = ['pipeline', 'active', 'completed', 'on_hold', 'cancelled'] as const
/** One project status. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/** The two result levels between an objective and its activities. */
export const RESULT_LEVELS = ['outcome', 'output'] as const
/** Outcome (under an objective) or output (under an outcome). */
export type ResultLevel = (typeof RESULT_LEVELS)[number]

/** What can be moved in the logframe. */
export const PLAN_ITEM_KINDS = ['objective', 'outcome', 'output', 'activity'] as const
/** One movable kind. */
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number]

/** The plan's header: the top row of the logframe and the period every date must respect. */
export interface PlanHeader {
  vision: string
  mission: string
  /** The impact statement (the logframe's top level). */
  impact: string
  impactAssumptions: string
  periodStart: string | null
  periodEnd: string | null
  /** 0 until the header is first saved. */
  version: number
  updatedAt: string | null
}

/** A strategic objective with its place in the logframe. */
export interface PlanObjective extends Objective {
  /** Dotted number, e.g. "2". */
  number: string
}

/** An outcome or an output. */
export interface PlanResult {
  id: number
  level: ResultLevel
  objectiveId: number
  /** The outcome above an output; null for an outcome. */
  parentId: number | null
  position: number
  /** Dotted number: "1.2" for an outcome, "1.2.3" for an output. */
  number: string
  statement: string
  assumptions: string
  owner: string
  /** Outputs only. */
  projectId: number | null
  version: number
  createdAt: string
  updatedAt: string
}

/** A dated checkpoint of an activity. */
export interface Milestone {
  id: number
  activityId: number
  title: string
  dueDate: string
  achievedDate: string | null
}

/** An activity under an output. */
export interface PlanActivity {
  id: number
  outputId: number
  projectId: number | null
  position: number
  /** Dotted number, e.g. "1.2.3.4". */
  number: string
  title: string
  description: string
  owner: string
  responsibleUnit: string
  plannedStart: string
  plannedEnd: string
  actualStart: string | null
  actualEnd: string | null
  status: ActivityStatus
  percentComplete: number
  assumptions: string
  /** Activities that must finish before this one starts (finish-to-start). */
  dependsOn: number[]
  milestones: Milestone[]
  version: number
  createdAt: string
  updatedAt: string
}

/** A project grouping outputs and activities. */
export interface PlanProject {
  id: number
  code: string
  title: string
  description: string
  owner: string
  status: ProjectStatus
  plannedStart: string | null
  plannedEnd: string | null
  version: number
  createdAt: string
  updatedAt: string
}

/** The whole plan as `plan:get` answers it; every list is in logframe order. */
export interface PlanData {
  header: PlanHeader
  objectives: PlanObjective[]
  results: PlanResult[]
  activities: PlanActivity[]
  projects: PlanProject[]
  /** The service's date (YYYY-MM-DD), so "late" means the same thing everywhere. */
  today: string
}
