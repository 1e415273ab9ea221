// Values and output types of the risks domain, zod-free; the schemas and channels live in ./risks.ts.
import type { AcceptanceState, RiskMatrixDefinition, RiskTrend } from '../domain/risk-rating'
import type { RegisterFilter } from '../domain/risk-register'
import type { LocalText } from './packs'

/** What a risk is attached to. */
export const RISK_SCOPES = ['programme', 'objective', 'project', 'result'] as const
/** One risk scope. */
export type RiskScope = (typeof RISK_SCOPES)[number]
/** How the administration answers a risk. */
export const RISK_RESPONSES = ['avoid', 'mitigate', 'transfer', 'accept'] as const
/** One response. */
export type RiskResponse = (typeof RISK_RESPONSES)[number]
/** Lifecycle of a risk. */
export const RISK_STATUSES = ['open', 'monitoring', 'closed', 'materialised'] as const
/** One risk status. */
export type RiskStatus = (typeof RISK_STATUSES)[number]
/** Lifecycle of a treatment action. */
export const RISK_ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const
/** One treatment action status. */
export type RiskActionStatus = (typeof RISK_ACTION_STATUSES)[number]
/** Risk categories of the template packs' catalogue; users may also type their own. */
export const RISK_CATEGORIES = [
  'political',
  'financial',
  'technical',
  'human_resources',
  'legal',
  'integrity',
  'external',
  'security',
  'operational',
] as const
/** Choices of the register's status filter (`active` = all but closed). */
export const RISK_STATUS_FILTERS = ['active', 'all', ...RISK_STATUSES] as const

/** A matrix from a pack, ready to rate on. */
export interface RiskMatrix extends RiskMatrixDefinition {
  id: number
  code: string
  name: LocalText
  confirmed: boolean
  note: LocalText | null
  /** Archived by a pack upgrade: old risks keep it, new risks cannot choose it. */
  archived: boolean
}

/** A treatment action. */
export interface RiskAction {
  id: number
  action: string
  owner: string
  dueDate: string
  status: RiskActionStatus
  completedOn: string | null
  overdue: boolean
  version: number
}

/** A risk as the register shows it, with what is computed from its ratings and dates. */
export interface Risk {
  id: number
  code: string
  title: string
  cause: string
  event: string
  consequence: string
  category: string
  catalogueItemId: number | null
  catalogueCode: string | null
  matrixItemId: number
  scopeType: RiskScope
  scopeId: number | null
  /** What the risk is linked to; null for the programme as a whole. */
  target: RiskTarget | null
  /** Objectives the risk bears on (for the objective filter). */
  objectiveIds: number[]
  frameworkItemId: number | null
  owner: string
  raisedOn: string
  inherentLikelihood: number
  inherentImpact: number
  inherentScore: number
  inherentBand: string | null
  existingControls: string
  response: RiskResponse
  residualLikelihood: number
  residualImpact: number
  residualScore: number
  residualBand: string | null
  status: RiskStatus
  nextReview: string
  reviewOverridden: boolean
  integrity: boolean
  integrityFactorId: number | null
  acceptedBy: string | null
  acceptanceReason: string | null
  acceptedUntil: string | null
  sensitivity: number
  version: number
  createdAt: string
  updatedAt: string
  lastRatedOn: string
  ratingCount: number
  trend: RiskTrend
  aboveTolerance: boolean
  acceptance: AcceptanceState
  reviewOverdue: boolean
  overdueActionCount: number
  actions: RiskAction[]
}

/** One rating in a risk's history, with who recorded it and why. */
export interface RiskRating {
  id: number
  ratedOn: string
  ratedAt: string
  ratedBy: string
  inherentLikelihood: number
  inherentImpact: number
  inherentScore: number
  residualLikelihood: number
  residualImpact: number
  residualScore: number
  residualBand: string | null
  reason: string
}

/** A risk with its rating history (oldest first). */
export interface RiskDetail extends Risk {
  ratings: RiskRating[]
}

/** The register: risks (filtered when asked) and today's date as the backend sees it. */
export interface RiskRegister {
  today: string
  risks: Risk[]
  filter: RegisterFilter
}

/** A catalogue entry a new risk can start from. */
export interface RiskTemplate {
  id: number
  code: string
  title: LocalText
  category: string
  cause: LocalText
  event: LocalText | null
  consequence: LocalText
  response: RiskResponse
  treatment: LocalText | null
  confirmed: boolean
  note: LocalText | null
}

/** A framework item a risk may point to. */
export interface RiskFrameworkItem {
  id: number
  code: string
  title: LocalText
}

/** A framework with its items. */
export interface RiskFramework {
  code: string
  name: LocalText
  kind: string
  items: RiskFrameworkItem[]
}

/** Everything the risk form offers from the packs and Settings. */
export interface RiskReference {
  /** Every matrix, archived ones included (older risks may use them). */
  matrices: RiskMatrix[]
  defaultMatrixId: number | null
  catalogue: RiskTemplate[]
  frameworks: RiskFramework[]
  /** Items of integrity frameworks (the Revised Arusha Declaration factors). */
  integrityFactors: RiskFrameworkItem[]
  /** Classification markings from Settings, lowest first. */
  classifications: string[]
}

/** Something a risk can be linked to: an objective, a project, an outcome or an output. */
export interface RiskTarget {
  type: Exclude<RiskScope, 'programme'>
  id: number
  /** Objective or project code; the logframe number ("1.2") of an outcome or output. */
  code: string
  /** Title, or the statement of an outcome or output. */
  title: string
  /** Outcomes and outputs only. */
  level: 'outcome' | 'output' | null
  /** The objective an objective, outcome or output belongs to. */
  objectiveId: number | null
  /** Plain English label for doors without the interface's text, e.g. "Output 1.2.1 — …". */
  label: string
}

/** An integrity risk as the integrity view lists it per factor. */
export interface IntegrityRisk {
  riskId: number
  code: string
  title: string
  factorItemId: number
  factorCode: string
  factorTitle: LocalText
  residualScore: number
  residualBand: { code: string; name: LocalText; colour: string } | null
  status: RiskStatus
  owner: string
  sensitivity: number
  reviewOverdue: boolean
}
