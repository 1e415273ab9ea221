import type { IntegrityActionStatus, IntegrityHorizon } from '../../../shared/contract'

// Fictional content for the Republic of Numeria Customs Service demo. Any resemblance to a real
// administration is coincidental.

/** One action of the integrity action plan. */
export interface DemoAction {
  code: string
  action: string
  horizon: IntegrityHorizon
  owner: string
  start: string | null
  due: string
  status: IntegrityActionStatus
  sensitivity?: number
  /** Link to the n-th indicator found in the register, if there is one. */
  indicator?: number
}

/** About twenty actions across factors and horizons; some done, some overdue at 2026-11-27. */
export const DEMO_ACTIONS: DemoAction[] = [
  {
    code: 'RAD.1',
    action: 'Publish an integrity policy statement signed by the Commissioner General',
    horizon: 'short',
    owner: 'Commissioner General’s Office',
    start: '2026-04-01',
    due: '2026-06-30',
    status: 'done',
  },
  {
    code: 'RAD.1',
    action: 'Create an integrity budget line in the 2027 budget',
    horizon: 'medium',
    owner: 'Director, Finance',
    start: '2026-07-01',
    due: '2027-03-31',
    status: 'in_progress',
  },
  {
    code: 'RAD.2',
    action: 'Issue written criteria for penalty mitigation',
    horizon: 'short',
    owner: 'Head of Legal Unit',
    start: '2026-04-15',
    due: '2026-09-30',
    status: 'in_progress',
  },
  {
    code: 'RAD.2',
    action: 'Review the implementing regulations of the Customs Act for discretionary powers',
    horizon: 'medium',
    owner: 'Head of Legal Unit',
    start: '2026-10-01',
    due: '2027-06-30',
    status: 'planned',
  },
  {
    code: 'RAD.3',
    action: 'Publish service standards for clearance and refunds',
    horizon: 'short',
    owner: 'Director, Customs Procedures',
    start: '2026-04-01',
    due: '2026-08-31',
    status: 'done',
  },
  {
    code: 'RAD.3',
    action: 'Publish anonymised appeal decisions on the trade portal',
    horizon: 'medium',
    owner: 'Head of Legal Unit',
    start: '2026-09-01',
    due: '2027-03-31',
    status: 'planned',
  },
  {
    code: 'RAD.4',
    action: 'Log and review every manual override of the selectivity channel',
    horizon: 'short',
    owner: 'Head of ICT',
    start: '2026-05-01',
    due: '2026-10-31',
    status: 'in_progress',
    indicator: 0,
  },
  {
    code: 'RAD.4',
    action: 'Extend electronic payment to all inland offices',
    horizon: 'medium',
    owner: 'Head of ICT',
    start: '2026-06-01',
    due: '2027-06-30',
    status: 'in_progress',
  },
  {
    code: 'RAD.5',
    action: 'Include integrity risk review in every process re-engineering project',
    horizon: 'medium',
    owner: 'Programme Office',
    start: '2026-05-01',
    due: '2027-04-30',
    status: 'planned',
  },
  {
    code: 'RAD.6',
    action: 'Recruit and train four additional Internal Affairs investigators',
    horizon: 'medium',
    owner: 'Head of Internal Affairs',
    start: '2026-05-01',
    due: '2026-11-15',
    status: 'in_progress',
    sensitivity: 2,
  },
  {
    code: 'RAD.6',
    action: 'Adopt a risk-based internal audit plan for border offices',
    horizon: 'short',
    owner: 'Head of Internal Audit',
    start: '2026-04-01',
    due: '2026-07-31',
    status: 'done',
    sensitivity: 2,
  },
  {
    code: 'RAD.6',
    action: 'Clear the backlog of Internal Affairs cases older than 12 months',
    horizon: 'medium',
    owner: 'Head of Internal Affairs',
    start: '2026-06-01',
    due: '2027-05-31',
    status: 'planned',
    sensitivity: 3,
  },
  {
    code: 'RAD.7',
    action: 'Revise the code of conduct (gifts, conflicts of interest, declarations)',
    horizon: 'short',
    owner: 'Head of HR',
    start: '2026-04-01',
    due: '2026-09-30',
    status: 'done',
  },
  {
    code: 'RAD.7',
    action: 'Train all serving staff on the revised code of conduct',
    horizon: 'medium',
    owner: 'Head of Training',
    start: '2026-10-01',
    due: '2027-09-30',
    status: 'in_progress',
    indicator: 1,
  },
  {
    code: 'RAD.8',
    action: 'Introduce rotation of staff in border posts every four years',
    horizon: 'medium',
    owner: 'Head of HR',
    start: '2026-06-01',
    due: '2026-11-20',
    status: 'planned',
  },
  {
    code: 'RAD.8',
    action: 'Publish promotion criteria and results',
    horizon: 'short',
    owner: 'Head of HR',
    start: '2026-05-01',
    due: '2026-08-31',
    status: 'cancelled',
  },
  {
    code: 'RAD.8',
    action: 'Competency-based job descriptions for all integrity-sensitive posts',
    horizon: 'long',
    owner: 'Head of HR',
    start: '2027-01-01',
    due: '2028-12-31',
    status: 'planned',
  },
  {
    code: 'RAD.9',
    action: 'Set up a confidential reporting channel with whistle-blower protection',
    horizon: 'short',
    owner: 'Head of Internal Affairs',
    start: '2026-05-01',
    due: '2026-10-15',
    status: 'planned',
    sensitivity: 2,
  },
  {
    code: 'RAD.9',
    action: 'Staff recognition scheme for integrity and service',
    horizon: 'long',
    owner: 'Deputy Commissioner, Corporate Services',
    start: '2027-01-01',
    due: '2028-06-30',
    status: 'planned',
  },
  {
    code: 'RAD.10',
    action:
      'Sign integrity memoranda of understanding with the brokers’ and forwarders’ associations',
    horizon: 'medium',
    owner: 'Director, Customs Procedures',
    start: '2026-06-01',
    due: '2027-02-28',
    status: 'in_progress',
  },
  {
    code: 'RAD.10',
    action: 'Run the next CIPS private-sector wave',
    horizon: 'long',
    owner: 'Programme Office',
    start: '2027-06-01',
    due: '2027-11-30',
    status: 'planned',
  },
]

/** One CIPS-style survey wave with a 0–100 perception index per factor (RAD.1 … RAD.10). */
export interface DemoWave {
  title: string
  conductedOn: string
  population: 'staff' | 'private_sector'
  respondents: number
  scores: number[]
}

/** Two waves two years apart, each with the staff and the private-sector questionnaire. */
export const DEMO_WAVES: DemoWave[] = [
  {
    title: 'CIPS staff survey 2023',
    conductedOn: '2023-10-12',
    population: 'staff',
    respondents: 612,
    scores: [52, 44, 38, 55, 41, 33, 40, 29, 31, 46],
  },
  {
    title: 'CIPS private-sector survey 2023',
    conductedOn: '2023-11-06',
    population: 'private_sector',
    respondents: 214,
    scores: [41, 36, 30, 49, 35, 28, 33, 25, 27, 34],
  },
  {
    title: 'CIPS staff survey 2025',
    conductedOn: '2025-10-20',
    population: 'staff',
    respondents: 688,
    scores: [63, 47, 49, 66, 50, 35, 52, 31, 30, 55],
  },
  {
    title: 'CIPS private-sector survey 2025',
    conductedOn: '2025-11-10',
    population: 'private_sector',
    respondents: 241,
    scores: [50, 38, 44, 61, 42, 27, 39, 28, 29, 45],
  },
]
