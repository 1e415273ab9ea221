// The demo administration's strategic plan (fictional). Dates are consistent with a "today" of
// 2026-11-27, five months into the plan: some activities done, some under way, a few late.

/** The plan header. */
export const DEMO_HEADER = {
  vision: 'A trusted, modern customs service that makes Numeria a competitive place to trade.',
  mission:
    'We collect revenue fairly, protect society and facilitate legitimate trade through professional staff, partnership and modern technology.',
  impact:
    'Lower trade costs and higher, fairer revenue for the Republic of Numeria, with a safer border.',
  impactAssumptions:
    'Macroeconomic stability and steady trade volumes; the Ministry of Finance keeps the reform funded; partner agencies stay committed to the single window.',
  periodStart: '2026-07-01',
  periodEnd: '2029-06-30',
}

/** Projects that group outputs and activities. */
export const DEMO_PROJECTS = [
  {
    code: 'NSW',
    title: 'National Single Window for Trade',
    owner: 'Director, Customs Procedures',
    status: 'active',
    plannedStart: '2026-09-01',
    plannedEnd: '2029-03-31',
    description: 'One portal where traders lodge permits, licences and declarations once.',
  },
  {
    code: 'PCA',
    title: 'Post-Clearance Audit Modernisation',
    owner: 'Director, Revenue and Audit',
    status: 'active',
    plannedStart: '2026-07-01',
    plannedEnd: '2028-06-30',
    description: 'A risk-based audit function and faster refunds and rulings.',
  },
  {
    code: 'INT',
    title: 'Integrity and Professional Standards Programme',
    owner: 'Head, Professional Standards Unit',
    status: 'active',
    plannedStart: '2026-07-01',
    plannedEnd: '2029-06-30',
    description: 'Code of conduct, complaints channel, surveys and the reform programme office.',
  },
  {
    code: 'HRC',
    title: 'Competency-Based HR Framework',
    owner: 'Director, Human Resources',
    status: 'active',
    plannedStart: '2026-10-01',
    plannedEnd: '2029-01-31',
    description: 'Recruitment, training and promotion on competencies, with the training academy.',
  },
  {
    code: 'NDS',
    title: 'Numeria Declaration System Replacement',
    owner: 'Head of ICT',
    status: 'active',
    plannedStart: '2026-07-15',
    plannedEnd: '2029-06-30',
    description: 'Replace the legacy declaration processing system and secure its data centre.',
  },
] as const

/** One activity: [key, title, owner, unit, planned start, planned end, status, %, actual start, actual end, prerequisites (keys), milestones]. */
export type DemoActivity = [
  key: string,
  title: string,
  owner: string,
  unit: string,
  start: string,
  end: string,
  status: 'not_started' | 'in_progress' | 'completed' | 'on_hold',
  percent: number,
  actualStart: string | null,
  actualEnd: string | null,
  after: string[],
  milestones: [title: string, due: string, achieved: string | null][],
]

/** An output with its project and activities. */
export interface DemoOutput {
  statement: string
  owner: string
  assumptions: string
  project: string | null
  activities: DemoActivity[]
}

/** An outcome under an objective (by code). */
export interface DemoOutcome {
  objective: string
  statement: string
  owner: string
  assumptions: string
  outputs: DemoOutput[]
}
