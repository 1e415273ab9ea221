import { r, type DemoRisk } from './risks-demo-types'

// Demo risks from the catalogue, continued (legal, integrity, external, security, operational).

const PMO = 'Head of Programme Office'
const PROCEDURES = 'Director, Customs Procedures'
const ENFORCEMENT = 'Director, Enforcement'
const CORPORATE = 'Deputy Commissioner, Corporate Services'
const INTEGRITY = 'Head of Integrity Unit'
const LEGAL = 'Head of Legal Services'
const PROCUREMENT = 'Head of Procurement'

/** Risks drawn from the catalogue, continued. */
export const DEMO_CATALOGUE_RISKS_2: DemoRisk[] = [
  {
    from: 'LEG.01',
    scope: 'SO2',
    owner: LEGAL,
    framework: 'DF/DF.3.1',
    ratings: [
      r('2025-01-13', 4, 5, 4, 4),
      r(
        '2025-12-01',
        4,
        5,
        3,
        4,
        'The draft Customs Bill was approved by Cabinet and sent to Parliament.',
      ),
      r(
        '2026-11-18',
        4,
        5,
        2,
        4,
        'The Bill passed its second reading; enactment expected in February 2027.',
      ),
    ],
  },
  {
    from: 'LEG.02',
    scope: 'SO1',
    owner: LEGAL,
    ratings: [
      r('2025-06-30', 3, 4, 3, 3),
      r(
        '2026-07-27',
        3,
        4,
        3,
        4,
        'The data protection authority questioned the sharing of importer data with other agencies.',
      ),
    ],
  },
  {
    from: 'INT.01',
    scope: 'SO1',
    owner: INTEGRITY,
    integrity: 'RAD.3',
    sensitivity: 2,
    ratings: [
      r('2025-03-24', 4, 4, 3, 4),
      r(
        '2026-05-11',
        4,
        4,
        4,
        4,
        'Reports of requests for payments at the northern border post rose in the perception survey.',
      ),
      r(
        '2026-11-12',
        4,
        4,
        3,
        4,
        'Automated selectivity now assigns all examinations; officers no longer choose consignments.',
      ),
    ],
    actions: [
      [
        'Publish examination rates per border post every quarter',
        INTEGRITY,
        '2026-12-31',
        'planned',
      ],
    ],
  },
  {
    from: 'INT.02',
    scope: 'programme',
    owner: PROCUREMENT,
    integrity: 'RAD.6',
    sensitivity: 2,
    ratings: [
      r('2025-04-14', 3, 5, 2, 4),
      r('2026-10-26', 3, 5, 2, 4, 'Internal audit review of programme procurement: no findings.'),
    ],
  },
  {
    from: 'INT.03',
    scope: 'P:SO4',
    owner: INTEGRITY,
    integrity: 'RAD.1',
    sensitivity: 2,
    ratings: [
      r('2025-10-20', 3, 4, 3, 3),
      r('2026-06-08', 3, 4, 4, 3, 'Four disciplinary cases from 2025 are still undecided.'),
    ],
    actions: [
      [
        'Set a 90-day limit for deciding disciplinary cases',
        CORPORATE,
        '2026-09-30',
        'in_progress',
      ],
    ],
  },
  {
    from: 'EXT.01',
    scope: 'P:SO1',
    owner: PROCEDURES,
    ratings: [
      r('2025-02-17', 4, 4, 3, 4),
      r(
        '2026-01-19',
        4,
        4,
        3,
        3,
        'A single-window steering committee was set up with the five partner agencies.',
      ),
      r('2026-11-23', 4, 4, 3, 3, 'Monthly review: no change.'),
    ],
  },
  {
    from: 'EXT.02',
    scope: 'SO1',
    owner: PROCEDURES,
    ratings: [
      r('2025-08-04', 4, 3, 3, 3),
      r('2026-10-01', 4, 3, 2, 3, 'E-lodgement reached 78% of declarations after broker training.'),
    ],
    actions: [
      [
        'Train the remaining 40 small brokers on e-lodgement',
        'Head of the Customs Training School',
        '2026-12-15',
        'in_progress',
      ],
    ],
  },
  {
    from: 'EXT.03',
    scope: 'programme',
    owner: PMO,
    status: 'monitoring',
    ratings: [
      r('2025-05-26', 3, 3, 2, 3),
      r('2026-09-14', 3, 3, 2, 2, 'Development partners agreed a joint annual work plan.'),
    ],
  },
  {
    from: 'EXT.04',
    scope: 'programme',
    owner: CORPORATE,
    response: 'accept',
    ratings: [
      r('2025-09-22', 2, 5, 2, 4),
      r(
        '2026-10-26',
        2,
        5,
        2,
        4,
        'Annual review: the business continuity plan was tested; rating unchanged.',
      ),
    ],
  },
  {
    from: 'SEC.01',
    scope: 'SO3',
    owner: ENFORCEMENT,
    response: 'accept',
    accept: {
      by: 'Amara Okonkwo-Diallo, Commissioner General',
      reason:
        'Security at the eastern border is the responsibility of the armed forces; the programme cannot reduce this risk further at a reasonable cost. A contingency plan is in place.',
      until: '2027-04-30',
    },
    ratings: [
      r('2025-03-10', 3, 5, 3, 4),
      r(
        '2026-11-03',
        3,
        5,
        3,
        4,
        'Annual review: security escorts remain in place for the eastern posts; risk accepted.',
      ),
    ],
  },
  {
    from: 'SEC.02',
    scope: 'SO3',
    owner: ENFORCEMENT,
    ratings: [
      r('2025-11-03', 3, 4, 2, 4),
      r(
        '2026-11-04',
        3,
        4,
        3,
        4,
        'Two officers were threatened after a seizure of counterfeit medicines.',
      ),
    ],
    actions: [
      [
        'Install CCTV at the examination bays of the eastern posts',
        ENFORCEMENT,
        '2026-11-20',
        'in_progress',
      ],
    ],
  },
  {
    from: 'OPS.01',
    scope: 'O:SO3',
    owner: PROCUREMENT,
    ratings: [
      r('2025-04-21', 4, 3, 3, 3),
      r('2026-03-30', 4, 3, 4, 3, 'The scanner tender was re-launched after no compliant bid.'),
      r('2026-10-28', 4, 3, 3, 3, 'Scanner contract signed.'),
    ],
    actions: [['Publish the 2027 procurement plan', PROCUREMENT, '2026-12-31', 'planned']],
  },
  {
    from: 'OPS.02',
    scope: 'O:SO1',
    owner: PROCEDURES,
    ratings: [
      r('2025-10-13', 3, 4, 2, 4),
      r(
        '2026-11-19',
        3,
        4,
        2,
        3,
        'The pilot go-live at the airport ran with no clearance backlog.',
      ),
    ],
  },
  {
    from: 'OPS.03',
    scope: 'programme',
    owner: PMO,
    status: 'closed',
    ratings: [
      r('2025-01-06', 3, 4, 2, 3),
      r(
        '2025-12-15',
        3,
        4,
        1,
        3,
        'Programme office fully staffed; monitoring framework adopted. Risk closed.',
      ),
    ],
  },
]
