// Fictional content for the Republic of Numeria Customs Service demo. Any resemblance to a real
// administration is coincidental.

/** Ratings of one factor: the 2023 IDG mission, then the 2026 workshop with its findings. */
export interface DemoRating {
  code: string
  mission2023: number
  workshop2026: number
  strengths: string
  weaknesses: string
  evidence: string
}

/** The ten RAD factors as the 2026 workshop saw them. */
export const DEMO_RATINGS: DemoRating[] = [
  {
    code: 'RAD.1',
    mission2023: 2,
    workshop2026: 3,
    strengths:
      'The Commissioner General chairs a quarterly integrity committee and opened the workshop; integrity is a standing item of the management board.',
    weaknesses: 'No budget line of its own; regional directors rarely report on integrity.',
    evidence: 'Committee minutes (4 meetings in 2025); management board agendas 2025–2026.',
  },
  {
    code: 'RAD.2',
    mission2023: 2,
    workshop2026: 2,
    strengths: 'The 2024 Customs Act narrows discretionary waivers and requires written reasons.',
    weaknesses:
      'Implementing regulations still allow case-by-case penalty mitigation without criteria.',
    evidence: 'Customs Act 2024, sections 41–47; Legal Unit review of penalty decisions.',
  },
  {
    code: 'RAD.3',
    mission2023: 1,
    workshop2026: 2,
    strengths: 'Tariff, procedures and fees are published on the trade portal.',
    weaknesses: 'No published service standards; appeal decisions are not published.',
    evidence: 'Trade portal content audit, January 2026.',
  },
  {
    code: 'RAD.4',
    mission2023: 2,
    workshop2026: 3,
    strengths: 'Electronic lodgement at all main offices; online payment of duties since 2025.',
    weaknesses: 'Manual overrides of the selectivity channel are not reviewed systematically.',
    evidence: 'ICT statistics: 94 % of declarations lodged electronically in 2025.',
  },
  {
    code: 'RAD.5',
    mission2023: 1,
    workshop2026: 2,
    strengths: 'The modernisation plan includes integrity objectives under SO4.',
    weaknesses: 'Process re-engineering has not yet covered transit and warehousing.',
    evidence: 'Strategic plan 2025–2029; programme office progress report Q2 2026.',
  },
  {
    code: 'RAD.6',
    mission2023: 1,
    workshop2026: 1,
    strengths: 'An Internal Affairs unit exists and reports to the Commissioner General.',
    weaknesses:
      'Four investigators for 2,300 staff; no risk-based internal audit plan; cases take over a year.',
    evidence: 'Internal Affairs annual report 2025: 37 cases opened, 9 closed.',
  },
  {
    code: 'RAD.7',
    mission2023: 1,
    workshop2026: 2,
    strengths: 'A code of conduct was adopted in 2019 and is signed by new recruits.',
    weaknesses: 'Serving staff were never trained on it; gifts and conflicts of interest unclear.',
    evidence: 'Code of Conduct 2019; HR induction records.',
  },
  {
    code: 'RAD.8',
    mission2023: 1,
    workshop2026: 1,
    strengths: 'Recruitment by competitive examination since 2022.',
    weaknesses: 'Postings to border offices are not rotated; promotion criteria are not published.',
    evidence: 'HR database extract: 41 % of border staff in the same post for over 6 years.',
  },
  {
    code: 'RAD.9',
    mission2023: 1,
    workshop2026: 1,
    strengths: 'A staff association is consulted on reforms.',
    weaknesses:
      'Staff surveys show low trust in management and fear of reporting misconduct; no whistle-blower protection.',
    evidence: 'CIPS staff wave 2025; staff association letter of February 2026.',
  },
  {
    code: 'RAD.10',
    mission2023: 1,
    workshop2026: 2,
    strengths: 'A national consultative committee with traders meets twice a year.',
    weaknesses: 'No memorandum of understanding on integrity with brokers or forwarders.',
    evidence: 'Consultative committee minutes 2025; CIPS private-sector wave 2025.',
  },
]
