import { r, type DemoRisk } from './risks-demo-types'

// Demo risks of the Republic of Numeria Customs Service that start from the pack's catalogue.
// "Today" in the demo is 2026-11-27: some reviews and actions are overdue on purpose.

const PMO = 'Head of Programme Office'
const PROCEDURES = 'Director, Customs Procedures'
const REVENUE = 'Director, Revenue and Audit'
const CORPORATE = 'Deputy Commissioner, Corporate Services'
const ICT = 'Head of ICT'
const HR = 'Head of Human Resources'
const FINANCE = 'Head of Finance'
const PROCUREMENT = 'Head of Procurement'

/** Risks drawn from the catalogue, adapted to Numeria. */
export const DEMO_CATALOGUE_RISKS: DemoRisk[] = [
  {
    from: 'POL.01',
    scope: 'programme',
    owner: PMO,
    controls:
      'Programme approved by the Minister of Finance; quarterly steering committee chaired by the Commissioner General.',
    ratings: [
      r('2025-02-10', 3, 5, 3, 4),
      r(
        '2025-09-15',
        3,
        5,
        2,
        4,
        'Reform programme endorsed by Cabinet decision; briefing pack ready for incoming leaders.',
      ),
      r(
        '2026-10-30',
        4,
        5,
        3,
        4,
        'Elections announced for March 2027; a change of minister is likely.',
      ),
    ],
    actions: [
      ['Prepare a two-page briefing pack for incoming ministers', PMO, '2026-12-15', 'in_progress'],
      [
        'Have the programme written into the national development plan',
        'Commissioner General',
        '2026-06-30',
        'done',
      ],
    ],
  },
  {
    from: 'POL.02',
    scope: 'SO1',
    owner: PROCEDURES,
    status: 'monitoring',
    ratings: [
      r('2025-03-03', 3, 4, 3, 3),
      r(
        '2026-02-20',
        3,
        4,
        2,
        3,
        'The revenue ministry agreed that selectivity targets stay in the 2026 budget circular.',
      ),
    ],
  },
  {
    from: 'FIN.01',
    scope: 'programme',
    owner: FINANCE,
    controls:
      'Financing agreement signed; disbursement schedule reviewed with the donor every quarter.',
    ratings: [
      r('2025-01-20', 3, 4, 3, 3),
      r('2025-07-01', 4, 4, 3, 4, 'The main donor announced a review of its regional envelope.'),
      r(
        '2026-04-15',
        4,
        4,
        4,
        4,
        'Second tranche delayed by five months; bridging from the national budget requested.',
      ),
      r('2026-11-10', 4, 4, 3, 4, 'Donor confirmed the second tranche for January 2027.'),
    ],
    actions: [
      ['Agree a bridging allocation with the Ministry of Finance', FINANCE, '2026-09-30', 'done'],
      ['Re-phase the 2027 work plan to the confirmed tranche dates', PMO, '2026-12-20', 'planned'],
    ],
  },
  {
    from: 'FIN.02',
    scope: 'SO2',
    owner: FINANCE,
    ratings: [
      r('2025-04-07', 3, 3, 2, 3),
      r('2026-10-05', 4, 3, 3, 3, 'Mid-year budget cut of 8% announced for all ministries.'),
    ],
    actions: [
      [
        'Submit the counterpart funding request with the 2027 budget',
        FINANCE,
        '2026-11-15',
        'in_progress',
      ],
    ],
  },
  {
    from: 'FIN.03',
    scope: 'SO5',
    owner: ICT,
    ratings: [
      r('2025-06-12', 4, 4, 3, 4),
      r(
        '2026-10-05',
        4,
        4,
        3,
        3,
        'Maintenance costs of the new system included in the medium-term expenditure framework.',
      ),
    ],
  },
  {
    from: 'FIN.04',
    scope: 'programme',
    owner: PMO,
    status: 'monitoring',
    ratings: [
      r('2025-05-19', 3, 3, 2, 3),
      r('2026-11-02', 3, 3, 2, 2, 'Scanner procurement came in under the estimate.'),
    ],
  },
  {
    from: 'TEC.01',
    scope: 'P:SO5',
    owner: ICT,
    framework: 'DF/DF.5.2',
    controls:
      'Fixed-price contract with milestone payments; monthly steering meeting with the vendor.',
    ratings: [
      r('2025-02-24', 4, 5, 4, 4),
      r(
        '2025-11-18',
        4,
        5,
        3,
        4,
        'Vendor added a second development team; milestones 1 and 2 met.',
      ),
      r(
        '2026-06-22',
        4,
        5,
        4,
        4,
        'User acceptance testing found 140 defects; go-live moved to the second quarter of 2027.',
      ),
      r(
        '2026-11-16',
        4,
        5,
        4,
        5,
        'Data migration rehearsal failed; the legacy system must run in parallel for longer.',
      ),
    ],
    actions: [
      ['Independent quality review of the vendor’s test plan', ICT, '2026-10-31', 'in_progress'],
      ['Agree a recovery plan with the vendor', ICT, '2026-12-10', 'planned'],
      ['Extend legacy system support to June 2027', PROCUREMENT, '2026-11-20', 'planned'],
    ],
  },
  {
    from: 'TEC.02',
    scope: 'SO2',
    owner: REVENUE,
    ratings: [
      r('2025-03-17', 3, 3, 3, 2),
      r(
        '2026-09-07',
        3,
        3,
        2,
        2,
        'Baseline release-time study completed with the WCO Time Release Study method.',
      ),
    ],
  },
  {
    from: 'TEC.03',
    scope: 'O:SO1',
    owner: ICT,
    ratings: [
      r('2025-07-21', 4, 3, 3, 3),
      r(
        '2026-10-12',
        4,
        3,
        3,
        3,
        'Quarterly review: solar back-up installed at two of three posts; rating unchanged.',
      ),
    ],
  },
  {
    from: 'TEC.04',
    scope: 'SO5',
    owner: ICT,
    framework: 'DF/DF.5.4',
    ratings: [
      r('2025-04-28', 3, 5, 2, 5),
      r(
        '2026-03-09',
        3,
        5,
        3,
        5,
        'A phishing campaign targeted customs staff; two accounts were compromised.',
      ),
      r('2026-11-05', 3, 5, 2, 5, 'Multi-factor authentication rolled out to all users.'),
    ],
    actions: [
      ['Run a disaster-recovery test of the declaration system', ICT, '2026-12-31', 'planned'],
      ['Roll out multi-factor authentication', ICT, '2026-10-31', 'done'],
    ],
  },
  {
    from: 'HR.01',
    scope: 'P:SO4',
    owner: HR,
    ratings: [
      r('2025-02-03', 4, 3, 3, 3),
      r(
        '2025-10-06',
        4,
        3,
        4,
        3,
        'Seven of twelve trained risk analysts were rotated to border posts.',
      ),
      r(
        '2026-10-19',
        4,
        3,
        3,
        3,
        'The rotation policy now exempts specialists for three years after training.',
      ),
    ],
    actions: [['Publish the specialist retention policy', HR, '2026-09-30', 'done']],
  },
  {
    from: 'HR.02',
    scope: 'SO1',
    owner: PROCEDURES,
    ratings: [
      r('2025-05-05', 4, 4, 3, 3),
      r('2026-09-14', 4, 4, 3, 3, 'Review after the broker consultation: no change.'),
    ],
    actions: [
      [
        'Hold change workshops at the three main border posts',
        PROCEDURES,
        '2026-08-31',
        'in_progress',
      ],
    ],
  },
  {
    from: 'HR.03',
    scope: 'SO5',
    owner: ICT,
    ratings: [r('2025-09-08', 3, 4, 3, 3)],
    actions: [['Pair each vendor expert with a customs counterpart', ICT, '2026-03-31', 'planned']],
  },
  {
    from: 'HR.04',
    scope: 'programme',
    owner: CORPORATE,
    ratings: [
      r('2025-08-18', 3, 3, 3, 2),
      r('2026-11-09', 3, 3, 2, 2, 'Two more officers seconded to the programme office.'),
    ],
  },
]
