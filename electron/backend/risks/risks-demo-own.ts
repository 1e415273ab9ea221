import { r, type DemoRisk } from './risks-demo-types'

// Demo risks the Numeria planning unit wrote itself (not from the catalogue).

const PROCEDURES = 'Director, Customs Procedures'
const REVENUE = 'Director, Revenue and Audit'
const ENFORCEMENT = 'Director, Enforcement'
const INTEGRITY = 'Head of Integrity Unit'
const LEGAL = 'Head of Legal Services'

/** Risks specific to Numeria's reform. */
export const DEMO_OWN_RISKS: DemoRisk[] = [
  {
    title: 'Partner agencies miss the single-window go-live date',
    category: 'external',
    cause:
      'Partner agencies depend on their own budgets and systems, which are not funded in the same year.',
    event:
      'Two or more of the five partner agencies are not connected when the single window goes live.',
    consequence:
      'Traders keep submitting paper permits; the expected cut in release time is not achieved.',
    scope: 'SO1',
    owner: PROCEDURES,
    framework: 'DF/DF.6.2',
    ratings: [
      r('2026-02-09', 4, 4, 3, 4),
      r('2026-09-21', 4, 4, 4, 4, 'The health ministry has not started its connection work.'),
    ],
    actions: [
      [
        'Sign connection agreements with the health and agriculture ministries',
        PROCEDURES,
        '2026-10-31',
        'in_progress',
      ],
    ],
  },
  {
    title: 'Pre-arrival cargo data incomplete or late',
    category: 'operational',
    cause: 'Carriers and freight forwarders are not used to sending manifest data before arrival.',
    event: 'Risk assessment cannot run before goods arrive.',
    consequence: 'Consignments wait for manual checks and release times stay long.',
    scope: 'SO1',
    owner: 'Head of Risk Management',
    ratings: [
      r('2026-01-26', 4, 3, 3, 3),
      r(
        '2026-11-16',
        4,
        3,
        2,
        3,
        'Completeness of carriers’ data reached 92% after the new penalty regime.',
      ),
    ],
  },
  {
    title: 'Valuation database lacks reliable reference prices',
    category: 'technical',
    cause: 'Few sources of verified import prices for the goods Numeria imports most.',
    event: 'Valuation officers cannot challenge undervalued declarations with evidence.',
    consequence: 'Revenue is lost and disputes with importers increase.',
    scope: 'SO2',
    owner: REVENUE,
    framework: 'DF/DF.4.4',
    ratings: [
      r('2025-07-14', 4, 4, 3, 4),
      r(
        '2026-02-02',
        4,
        4,
        3,
        3,
        'Import prices from regional partners loaded into the valuation database.',
      ),
      r('2026-10-19', 4, 4, 3, 3, 'Quarterly review: no change.'),
    ],
  },
  {
    title: 'Post-clearance audit assessments contested in court',
    category: 'legal',
    cause: 'Audit procedures and evidence rules are not written into regulations.',
    event: 'Importers win appeals against post-clearance audit assessments on procedural grounds.',
    consequence: 'Revenue is not recovered and auditors lose confidence.',
    scope: 'P:SO2',
    owner: LEGAL,
    framework: 'DF/DF.4.3',
    ratings: [
      r('2025-11-24', 3, 4, 3, 3),
      r('2026-11-09', 3, 4, 2, 3, 'Audit manual revised with the Attorney General’s office.'),
    ],
  },
  {
    title: 'Refund backlog grows during the system migration',
    category: 'financial',
    cause: 'Refund claims are processed by hand while the new system is introduced.',
    event: 'Refunds take more than 90 days to pay.',
    consequence: 'Exporters complain to the minister and trust in the reform falls.',
    scope: 'O:SO2',
    owner: REVENUE,
    ratings: [r('2026-06-15', 3, 3, 3, 3)],
  },
  {
    title: 'Non-intrusive inspection scanners out of service',
    category: 'technical',
    cause: 'No maintenance contract or local stock of spare parts.',
    event: 'A scanner is out of service for weeks.',
    consequence: 'Physical examinations rise and release times grow at the port.',
    scope: 'P:SO3',
    owner: ENFORCEMENT,
    status: 'monitoring',
    ratings: [
      r('2025-09-29', 3, 4, 2, 4),
      r(
        '2026-07-06',
        3,
        4,
        3,
        4,
        'The scanner at the port was out of service for six weeks awaiting spare parts.',
      ),
      r('2026-11-23', 3, 4, 2, 4, 'Maintenance contract with a stock of spare parts signed.'),
    ],
  },
  {
    title: 'Intelligence-sharing agreement with the police not signed',
    category: 'legal',
    cause: 'Each service’s legal office reads the data protection law differently.',
    event: 'No agreement allows customs and police to exchange intelligence.',
    consequence: 'Targeting of drug and weapons trafficking stays weak.',
    scope: 'SO3',
    owner: ENFORCEMENT,
    ratings: [
      r('2026-03-02', 3, 3, 3, 3),
      r(
        '2026-10-05',
        3,
        3,
        3,
        3,
        'Review: the draft agreement is still with the police legal office.',
      ),
    ],
  },
  {
    title: 'Staff do not trust the whistle-blowing channel',
    category: 'integrity',
    cause: 'The channel is run inside Customs and reporters fear being identified.',
    event: 'Staff do not report misconduct they witness.',
    consequence: 'Corruption goes undetected and the integrity programme loses credibility.',
    scope: 'SO4',
    owner: INTEGRITY,
    integrity: 'RAD.7',
    sensitivity: 2,
    ratings: [
      r('2025-12-08', 4, 3, 3, 3),
      r(
        '2026-09-28',
        4,
        3,
        4,
        3,
        'Only three reports in nine months; the staff survey shows fear of reprisal.',
      ),
    ],
    actions: [
      [
        'Have the whistle-blowing channel run by the Inspectorate General, outside Customs',
        INTEGRITY,
        '2026-12-31',
        'planned',
      ],
    ],
  },
  {
    title: 'Officers keep discretion over which consignments to examine',
    category: 'integrity',
    cause: 'Manual selection remains possible alongside the automated selectivity system.',
    event: 'Officers select or release consignments in exchange for payments.',
    consequence: 'Revenue loss, unfair treatment of traders and damage to the reform.',
    scope: 'SO1',
    owner: INTEGRITY,
    integrity: 'RAD.4',
    sensitivity: 3,
    ratings: [
      r('2025-06-02', 4, 4, 3, 4),
      r('2026-03-16', 4, 4, 2, 4, 'Automated selectivity covers 85% of declarations.'),
      r('2026-11-20', 4, 4, 2, 3, 'Manual override now needs a supervisor and is logged.'),
    ],
  },
  {
    title: 'Asset declarations of officers in high-risk posts are not verified',
    category: 'integrity',
    cause: 'Declarations are filed but nobody has the mandate to check them.',
    event: 'Unexplained wealth of officers goes unnoticed.',
    consequence: 'Corrupt officers stay in sensitive posts.',
    scope: 'SO4',
    owner: 'Head of Human Resources',
    integrity: 'RAD.8',
    sensitivity: 2,
    ratings: [
      r('2026-04-20', 3, 4, 3, 4),
      r(
        '2026-11-02',
        3,
        4,
        3,
        3,
        'Verification protocol agreed with the Anti-Corruption Commission.',
      ),
    ],
  },
  {
    title: 'Vendor support for the legacy declaration system ends before the replacement is live',
    category: 'technical',
    cause: 'The vendor ends support for the legacy system version in March 2026.',
    event: 'A failure of the legacy system cannot be repaired quickly.',
    consequence: 'Clearance stops at all offices until the system is restored.',
    scope: 'SO5',
    owner: 'Head of ICT',
    response: 'accept',
    accept: {
      by: 'Amara Okonkwo-Diallo, Commissioner General',
      reason:
        'Extended vendor support would cost 40% of the annual ICT budget; the in-house team keeps the legacy system running until the new system goes live.',
      until: '2026-09-30',
    },
    ratings: [
      r('2026-01-12', 4, 4, 4, 3),
      r(
        '2026-03-16',
        4,
        4,
        4,
        3,
        'Extended support is not affordable; risk accepted by the Commissioner General until the planned go-live.',
      ),
    ],
  },
  {
    title: 'Brokers offer facilitation payments to speed up release',
    category: 'integrity',
    cause: 'Long queues and unclear procedures reward those who pay.',
    event: 'Brokers pay officers to have consignments released faster.',
    consequence: 'Corruption spreads, honest traders are penalised and revenue is lost.',
    scope: 'SO2',
    owner: REVENUE,
    integrity: 'RAD.10',
    sensitivity: 2,
    status: 'materialised',
    ratings: [
      r('2026-05-25', 4, 4, 3, 4),
      r(
        '2026-11-16',
        4,
        4,
        4,
        4,
        'Two brokers and one officer were charged after a joint operation with the Anti-Corruption Commission.',
      ),
    ],
    actions: [
      ['Suspend the licences of the brokers charged', PROCEDURES, '2026-12-05', 'in_progress'],
      [
        'Brief all brokers on the code of conduct for the trade',
        INTEGRITY,
        '2027-01-31',
        'planned',
      ],
    ],
  },
]
