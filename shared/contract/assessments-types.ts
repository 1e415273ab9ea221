import type { CoverageStatus } from '../domain/coverage'
import type { GapSummary } from '../domain/maturity-gap'
import type { LocalText } from './packs'

/** Kinds of needs assessment. */
export const ASSESSMENT_TYPES = [
  'full_diagnostic',
  'partial_diagnostic',
  'self_assessment',
  'peer_review',
  'integrity_self',
  'tfa_scoping',
  'thematic',
  'other',
] as const
/** One kind of needs assessment. */
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number]

/** Who led the assessment. */
export const ASSESSMENT_LEADS = ['self', 'wco', 'regional_office', 'donor'] as const
/** One assessment lead. */
export type AssessmentLead = (typeof ASSESSMENT_LEADS)[number]

/** Where an assessment is in its life. */
export const ASSESSMENT_STATUSES = ['planned', 'in_progress', 'completed'] as const
/** One assessment status. */
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]

/** RecommendationPriority of a recommendation. */
export const RECOMMENDATION_PRIORITIES = ['high', 'medium', 'low'] as const
/** One recommendation priority. */
export type RecommendationPriority = (typeof RECOMMENDATION_PRIORITIES)[number]

/** When a recommendation should be carried out. */
export const RECOMMENDATION_HORIZONS = ['short', 'medium', 'long'] as const
/** One time horizon. */
export type RecommendationHorizon = (typeof RECOMMENDATION_HORIZONS)[number]

/** Whether the administration accepted a recommendation. */
export const RECOMMENDATION_ACCEPTANCES = ['pending', 'yes', 'partly', 'no'] as const
/** One acceptance state. */
export type RecommendationAcceptance = (typeof RECOMMENDATION_ACCEPTANCES)[number]

/** What can be traced to the plan: a recommendation, or a gap (a scored assessment item). */
export const TRACE_SOURCE_TYPES = ['recommendation', 'gap'] as const
/** One kind of trace source. */
export type TraceSourceType = (typeof TRACE_SOURCE_TYPES)[number]

/** Parts of the plan a source can be linked to (results hold outcomes and outputs). */
export const TRACE_TARGET_TYPES = ['objective', 'result', 'activity'] as const
/** One kind of trace target. */
export type TraceTargetType = (typeof TRACE_TARGET_TYPES)[number]

/** Level of a plan element, as shown to the user. */
export type PlanTargetLevel = 'objective' | 'outcome' | 'output' | 'activity'

/** One level of a maturity scale. */
export interface AssessmentScaleLevel {
  level: number
  name: LocalText
  descriptor: LocalText | null
}

/** The maturity scale an assessment is scored on. */
export interface AssessmentScale {
  code: string
  name: LocalText
  min: number
  max: number
  levels: AssessmentScaleLevel[]
}

/** A top-level area of a framework (the unit of scope). */
export interface AssessableArea {
  id: number
  code: string
  title: LocalText
  /** Assessable items in the area (the area itself when it is assessable). */
  assessableCount: number
}

/** An installed framework that can be assessed (it has a scale). */
export interface AssessableFramework {
  id: number
  code: string
  name: LocalText
  packTitle: LocalText
  scale: AssessmentScale
  areas: AssessableArea[]
  assessableCount: number
}

/** How far scoring has gone. */
export interface AssessmentProgress {
  /** Items with current and target levels, not marked not applicable. */
  scored: number
  /** Items not marked not applicable. */
  applicable: number
  notApplicable: number
  total: number
  /** Items carried from the previous cycle and not yet reviewed. */
  carried: number
}

/** An assessment as lists show it. */
export interface AssessmentSummary {
  id: number
  frameworkId: number
  frameworkCode: string
  frameworkName: LocalText
  type: AssessmentType
  title: string
  startDate: string | null
  endDate: string | null
  lead: AssessmentLead
  status: AssessmentStatus
  previousId: number | null
  previousTitle: string | null
  areaIds: number[]
  progress: AssessmentProgress
  version: number
  createdAt: string
  updatedAt: string
}

/** A link from a recommendation or gap to part of the plan. */
export interface TraceLinkView {
  id: number
  sourceType: TraceSourceType
  sourceId: number
  targetType: TraceTargetType
  targetId: number
  level: PlanTargetLevel
  /** Dotted number in the plan (1, 1.2, 1.2.3). */
  number: string
  label: string
  createdAt: string
}

/** One recommendation. */
export interface RecommendationView {
  id: number
  assessmentItemId: number
  text: string
  priority: RecommendationPriority
  horizon: RecommendationHorizon
  responsibleUnit: string
  accepted: RecommendationAcceptance
  deferredReason: string | null
  links: TraceLinkView[]
  version: number
  createdAt: string
  updatedAt: string
}

/** One assessable item of an assessment with its scores, evidence and findings. */
export interface AssessmentItemView {
  id: number
  itemId: number
  areaId: number
  code: string
  title: LocalText
  guidance: LocalText | null
  weight: number
  currentLevel: number | null
  targetLevel: number | null
  notApplicable: boolean
  evidence: string
  currentState: string
  desiredState: string
  /** Carried from the previous cycle and not edited since. */
  carriedForward: boolean
  carriedFromId: number | null
  deferredReason: string | null
  links: TraceLinkView[]
  recommendations: RecommendationView[]
  version: number
  updatedAt: string
}

/** An area in scope with its items and current-vs-target summary. */
export interface AreaView {
  id: number
  code: string
  title: LocalText
  items: AssessmentItemView[]
  gap: GapSummary
}

/** One entry of the ranked list of gaps. */
export interface RankedGap {
  assessmentItemId: number
  code: string
  title: LocalText
  areaCode: string
  current: number
  target: number
  gap: number
}

/** An assessment with everything the scoring and gap-analysis views need. */
export interface AssessmentDetail {
  assessment: AssessmentSummary
  scale: AssessmentScale
  areas: AreaView[]
  overall: GapSummary
  largestGaps: RankedGap[]
}

/** One item compared across two assessments. */
export interface ComparedItem {
  itemId: number
  code: string
  title: LocalText
  base: { current: number | null; target: number | null; notApplicable: boolean } | null
  other: { current: number | null; target: number | null; notApplicable: boolean } | null
  /** Change of the current level (later − earlier), when both are scored. */
  change: number | null
}

/** One area compared across two assessments. */
export interface ComparedArea {
  id: number
  code: string
  title: LocalText
  base: GapSummary | null
  other: GapSummary | null
  change: number | null
  items: ComparedItem[]
}

/** Two assessments of the same framework side by side. */
export interface AssessmentComparison {
  base: AssessmentSummary
  other: AssessmentSummary
  scale: AssessmentScale
  overall: { base: GapSummary; other: GapSummary; change: number | null }
  areas: ComparedArea[]
}

/** Part of the plan that a recommendation or gap can be linked to. */
export interface PlanTarget {
  type: TraceTargetType
  id: number
  level: PlanTargetLevel
  number: string
  /** The objective's code (SO1); null for results and activities. */
  code: string | null
  label: string
}

/** Why an entry is in the coverage view. */
export type CoverageReason = 'accepted_recommendation' | 'high_priority_gap'

/** One accepted recommendation or high-priority gap and how the plan answers it. */
export interface CoverageEntry {
  sourceType: TraceSourceType
  sourceId: number
  /** Version of the recommendation or assessment item (for deferring). */
  version: number
  reason: CoverageReason
  status: CoverageStatus
  assessmentId: number
  assessmentTitle: string
  itemCode: string
  itemTitle: LocalText
  areaTitle: LocalText
  /** Recommendation text, or the finding (desired state) of a gap. */
  text: string
  priority: RecommendationPriority | null
  horizon: RecommendationHorizon | null
  accepted: RecommendationAcceptance | null
  responsibleUnit: string
  current: number | null
  target: number | null
  gap: number | null
  deferredReason: string | null
  /** Links of this source; for a gap also those of its recommendations. */
  links: TraceLinkView[]
}

/** The coverage check: what the plan addresses, what is deferred, and what is not covered. */
export interface CoverageReport {
  counts: Record<CoverageStatus, number> & { total: number }
  /** Not covered first, then deferred, then addressed. */
  entries: CoverageEntry[]
  /** The assessments the report covers. */
  assessments: { id: number; title: string }[]
}

/** Result of creating an objective from a gap or recommendation. */
export interface ObjectiveFromGap {
  objectiveId: number
  code: string
  link: TraceLinkView
}
