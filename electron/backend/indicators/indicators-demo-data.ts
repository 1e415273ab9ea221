import type { Direction, Frequency } from '../../../shared/contract'
import { DEMO_INDICATORS_SO4_SO5 } from './indicators-demo-data-2'

/**
 * How a demo indicator performs, as the share of the planned progress achieved:
 * `ahead` beats the plan, `amber` trails it a little, `slipping` starts on plan and falls to red,
 * `red` stays far behind, `outages` is on plan except for a few bad periods.
 */
export type DemoProfile = 'ahead' | 'amber' | 'slipping' | 'red' | 'outages'

/** One indicator of the demo administration. */
export interface DemoIndicator {
  code: string
  objective: string
  /** The outcome or output of the objective it measures, when the plan demo created it. */
  result?: RegExp
  /** Code of the library indicator it is created from; the fields below fill what it lacks. */
  library?: string
  name: string
  definition?: string
  unit: string
  direction: Direction
  frequency: Frequency
  source: string
  responsible: string
  baseline: number
  milestones: number[]
  target: number
  decimals: number
  profile: DemoProfile
  /** Explanations used, in turn, for red (and some amber) values. */
  explanations?: string[]
}

// Baseline mid-2024, yearly milestones, target mid-2029.
/** Dates of the demo's planned path. */
export const DEMO_DATES = {
  baseline: '2024-06-30',
  milestones: ['2025-06-30', '2026-06-30', '2027-06-30', '2028-06-30'],
  target: '2029-06-30',
}

/** The twenty indicators of the Republic of Numeria Customs Service. */
export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    code: 'SO1-01',
    objective: 'SO1',
    result: /release times/i,
    library: 'CAP.TRS.RELEASE',
    name: 'Average release time (TRS)',
    unit: 'hours',
    direction: 'lower_is_better',
    frequency: 'monthly',
    source: 'Time release study 2024; monthly estimate from clearance-system timestamps',
    responsible: 'Head, Procedures and Facilitation',
    baseline: 96,
    milestones: [86, 74, 64, 56],
    target: 48,
    decimals: 1,
    profile: 'amber',
    explanations: [
      'Peak season at Port Amara: 30 % more declarations than planned with the same staff.',
      'Scanner at the northern border post out of service for nine days.',
    ],
  },
  {
    code: 'SO1-02',
    objective: 'SO1',
    library: 'KPI.EDECL',
    name: 'Rate of electronic declarations',
    unit: '%',
    direction: 'higher_is_better',
    frequency: 'monthly',
    source: 'Customs clearance system statistics',
    responsible: 'Head, Customs Procedures',
    baseline: 62,
    milestones: [72, 82, 89, 95],
    target: 98,
    decimals: 1,
    profile: 'ahead',
  },
  {
    code: 'SO1-03',
    objective: 'SO1',
    result: /selectivity/i,
    library: 'CAP.PHYS.INSP',
    name: 'Share of declarations selected for physical inspection',
    unit: '%',
    direction: 'lower_is_better',
    frequency: 'quarterly',
    source: 'Selectivity module reports',
    responsible: 'Head, Risk Management Unit',
    baseline: 38,
    milestones: [33, 27, 22, 18],
    target: 15,
    decimals: 1,
    profile: 'red',
    explanations: [
      'The automated risk engine is not live yet: the vendor contract was signed six months late, so officers still select most declarations by hand.',
      'Risk profiles for the new tariff chapters are still being written; until they are approved, the red channel rules stay broad.',
      'Go-live of the risk engine moved to 2027-Q1 after the acceptance test failed; interim manual profiling extended to all border posts.',
    ],
  },
  {
    code: 'SO1-04',
    objective: 'SO1',
    library: 'KPI.AEO.TRADE',
    name: 'AEO involvement in trade',
    unit: '%',
    direction: 'higher_is_better',
    frequency: 'yearly',
    source: 'AEO register and clearance-system statistics',
    responsible: 'Head, Trade Facilitation',
    baseline: 4,
    milestones: [8, 13, 19, 25],
    target: 30,
    decimals: 1,
    profile: 'amber',
  },
  {
    code: 'SO2-01',
    objective: 'SO2',
    result: /controlled after release/i,
    library: 'CAP.PCA.YIELD',
    name: 'Post-clearance audit yield',
    unit: 'NMD per audit',
    direction: 'higher_is_better',
    frequency: 'quarterly',
    source: 'Post-clearance audit case management records',
    responsible: 'Head, Post-Clearance Audit',
    baseline: 42000,
    milestones: [50000, 60000, 70000, 80000],
    target: 90000,
    decimals: 0,
    profile: 'amber',
    explanations: [
      'Two senior auditors seconded to the tax authority for the quarter.',
      'Three large audits were closed in the next quarter after the importers appealed.',
    ],
  },
  {
    code: 'SO2-02',
    objective: 'SO2',
    library: 'KPI.PCA.EFF',
    name: 'Effectiveness of post-clearance controls',
    unit: '%',
    direction: 'higher_is_better',
    frequency: 'yearly',
    source: 'Post-clearance audit annual report',
    responsible: 'Head, Post-Clearance Audit',
    baseline: 18,
    milestones: [21, 25, 29, 32],
    target: 35,
    decimals: 1,
    profile: 'ahead',
  },
  {
    code: 'SO2-03',
    objective: 'SO2',
    result: /refunds/i,
    name: 'Average time to pay duty refunds',
    definition:
      'Average number of calendar days from a complete refund claim to payment, for refunds paid in the month.',
    unit: 'days',
    direction: 'lower_is_better',
    frequency: 'monthly',
    source: 'Revenue accounting system, refunds ledger',
    responsible: 'Head, Revenue Accounting',
    baseline: 75,
    milestones: [65, 52, 42, 35],
    target: 30,
    decimals: 0,
    profile: 'slipping',
    explanations: [
      'The Treasury froze refund payments for six weeks while the budget was revised.',
      'Backlog of claims from the freeze is still being cleared; two extra clerks assigned until December.',
      'New refund module delayed; claims are still checked on paper at headquarters.',
    ],
  },
  {
    code: 'SO2-04',
    objective: 'SO2',
    name: 'Valuation disputes settled within 60 days',
    definition:
      'Valuation disputes settled within 60 days of the appeal, as a percentage of all disputes settled in the quarter.',
    unit: '%',
    direction: 'higher_is_better',
    frequency: 'quarterly',
    source: 'Disputes register, Legal Services',
    responsible: 'Head, Legal Services',
    baseline: 45,
    milestones: [53, 62, 70, 78],
    target: 85,
    decimals: 1,
    profile: 'ahead',
  },
  {
    code: 'SO3-01',
    objective: 'SO3',
    result: /detected/i,
    library: 'CAP.DETECT.RATE',
    name: 'Detection rate of physical inspections',
    unit: '%',
    direction: 'higher_is_better',
    frequency: 'quarterly',
    source: 'Inspection results in the selectivity module',
    responsible: 'Head, Enforcement',
    baseline: 8,
    milestones: [10, 13, 15, 18],
    target: 20,
    decimals: 1,
    profile: 'ahead',
  },
  {
    code: 'SO3-02',
    objective: 'SO3',
    library: 'KPI.DRUGS.EFF',
    name: 'Effectiveness of controls on drugs',
    unit: '%',
    direction: 'higher_is_better',
    frequency: 'yearly',
    source: 'Enforcement seizure database',
    responsible: 'Head, Enforcement',
    baseline: 2.5,
    milestones: [3.2, 4, 4.8, 5.4],
    target: 6,
    decimals: 1,
    profile: 'amber',
  },
  {
    code: 'SO3-03',
    objective: 'SO3',
    library: 'KPI.RFI.VAR',
    name: 'Annual variation in requests for information',
    unit: '%',
    direction: 'higher_is_better',
    frequency: 'yearly',
    source: 'Mutual administrative assistance register',
    responsible: 'Head, International Cooperation',
    baseline: 5,
    milestones: [7, 9, 11, 13],
    target: 15,
    decimals: 1,
    profile: 'ahead',
  },
  {
    code: 'SO3-04',
    objective: 'SO3',
    result: /police and health/i,
    name: 'Joint operations with police and health authorities',
    definition:
      'Joint border operations carried out with the police or health authorities in the quarter.',
    unit: 'operations',
    direction: 'higher_is_better',
    frequency: 'quarterly',
    source: 'Operation reports of the Enforcement Directorate',
    responsible: 'Director, Enforcement',
    baseline: 2,
    milestones: [3, 5, 7, 8],
    target: 10,
    decimals: 0,
    profile: 'ahead',
  },
  ...DEMO_INDICATORS_SO4_SO5,
]
