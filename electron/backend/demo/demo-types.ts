// The shape of the demo data file (data/numeria.demo.json), as its JSON Schema checks it. Fields
// the schema leaves open go to a channel as they are, and the contract checks them there.

/** Fields passed on to a channel unchanged. */
type Fields = Record<string, unknown>

/** An activity of an output; `dependsOn` names other activities by code. */
export interface DemoActivity extends Fields {
  code: string
  dependsOn?: string[]
  milestones?: { title: string; dueDate: string; achievedDate?: string | null }[]
}

/** An output of an outcome, in a project (by code) or none. */
export interface DemoOutput {
  code: string
  statement: string
  owner?: string
  assumptions?: string
  project?: string | null
  activities: DemoActivity[]
}

/** An outcome of an objective. */
export interface DemoOutcome {
  code: string
  statement: string
  owner?: string
  assumptions?: string
  outputs: DemoOutput[]
}

/** A strategic objective with the logframe below it. */
export interface DemoObjective extends Fields {
  code: string
  title: string
  assumptions?: string
  outcomes: DemoOutcome[]
}

/** One item's score in an assessment. */
export interface DemoScore {
  item: string
  currentLevel: number
  targetLevel: number
  evidence?: string
  currentState?: string
  desiredState?: string
}

/** A recommendation on an item, and what the plan does with it. */
export interface DemoRecommendation extends Fields {
  item: string
  text: string
  addressedBy?: string
  deferred?: string
  gapDeferred?: boolean
}

/** A needs assessment: a first one names its framework, a later cycle the one it starts from. */
export interface DemoAssessment extends Fields {
  code: string
  framework?: string
  startedFrom?: string
  status: string
  scores: DemoScore[]
  recommendations?: DemoRecommendation[]
}

/** An indicator with its recorded values. */
export interface DemoIndicator extends Fields {
  code: string
  attachedTo: string
  library?: string
  name: string
  actuals: { period: string; value: number; explanation?: string }[]
}

/** One rating of a risk: the date, the levels, and why they changed. */
export interface DemoRating {
  ratedOn: string
  inherentLikelihood: number
  inherentImpact: number
  residualLikelihood: number
  residualImpact: number
  reason?: string
}

/** A risk as it stands today, with the ratings that led there. */
export interface DemoRisk extends Fields {
  from?: string
  title?: string
  category?: string
  cause?: string
  event?: string
  consequence?: string
  scope: string
  owner: string
  frameworkItem?: string
  integrityFactor?: string
  existingControls?: string
  sensitivity?: number
  ratings: DemoRating[]
  status?: string
  response?: string
  acceptance?: { acceptedBy: string; acceptanceReason: string; acceptedUntil: string }
  actions?: { action: string; owner: string; dueDate: string; status: string }[]
}

/** The integrity programme: assessments rating factors, actions and survey waves. */
export interface DemoIntegrity {
  framework: string
  assessments: (Fields & {
    ratings: (Fields & { factor: string; rating: number })[]
  })[]
  actions: (Fields & { factor: string; indicator?: string })[]
  surveys: (Fields & { scores: Record<string, number> })[]
}

/** The whole demo administration. */
export interface DemoFile {
  format: 'capstan-demo'
  formatVersion: 1
  about?: string
  settings: Fields & { administrationName: string }
  plan: { header: Fields; projects: (Fields & { code: string })[]; objectives: DemoObjective[] }
  assessments: DemoAssessment[]
  indicators: DemoIndicator[]
  risks: DemoRisk[]
  integrity: DemoIntegrity
  submissions: Fields[]
}

/** The parts of the demo, in the order they load (later parts link to earlier ones). */
export const DEMO_PARTS = [
  'settings',
  'plan',
  'assessments',
  'indicators',
  'risks',
  'integrity',
  'documents',
] as const

/** One part of the demo. */
export type DemoPart = (typeof DEMO_PARTS)[number]
