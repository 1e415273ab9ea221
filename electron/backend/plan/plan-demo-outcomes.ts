// The demo plan's logframe below the objectives (fictional), in logframe order.
import type { DemoOutcome } from './plan-demo-data'

const PRU = 'Procedures Reform Unit'
const RMU = 'Risk Management Unit'
const NSW = 'Single Window Project Office'
const PCA = 'Post-Clearance Audit Unit'
const TVU = 'Tariff and Valuation Unit'
const LEG = 'Legal Services'
const ENF = 'Enforcement Directorate'
const NTC = 'National Targeting Centre'
const HRD = 'Human Resources Directorate'
const ACA = 'Customs Training Academy'
const PSU = 'Professional Standards Unit'
const PMO = 'Reform Programme Office'
const ICT = 'ICT Directorate'

/** Assumptions at objective level, by code. */
export const DEMO_OBJECTIVE_ASSUMPTIONS: Record<string, string> = {
  SO1: 'Border agencies agree to coordinated inspections.',
  SO2: 'Tariff and tax policy stays stable over the plan period.',
  SO3: 'Enforcement partners keep their staffing levels.',
  SO4: 'The public service pay reform keeps customs salaries competitive.',
  SO5: 'The ICT budget is ring-fenced for the replacement.',
}

/** Outcomes, outputs and activities, in logframe order; activity keys are for dependencies. */
// prettier-ignore
export const DEMO_OUTCOMES: DemoOutcome[] = [
  {
    objective: 'SO1',
    statement: 'Release times at the three main border posts fall by a third',
    owner: 'Director, Customs Procedures',
    assumptions: 'Partner agencies staff the border posts during opening hours.',
    outputs: [
      {
        statement: 'Selectivity criteria reviewed and applied at all main border posts',
        owner: 'Head, Risk Management Unit',
        assumptions: 'Declaration data are complete enough to profile risk.',
        project: null,
        activities: [
          ['A1', 'Baseline time release study at three border posts', 'Grace Mbeki', PRU, '2026-07-15', '2026-10-31', 'completed', 100, '2026-07-20', '2026-10-28', [], [['Time release study published', '2026-10-31', '2026-10-28']]],
          ['A2', 'Review selectivity criteria with the risk management unit', 'Tomás Ferreira', RMU, '2026-11-01', '2027-01-31', 'in_progress', 30, '2026-11-03', null, ['A1'], []],
          ['A3', 'Roll out revised criteria to the border posts', 'Tomás Ferreira', RMU, '2027-02-15', '2027-06-30', 'not_started', 0, null, null, ['A2'], [['Criteria live at all three posts', '2027-06-30', null]]],
        ],
      },
      {
        statement: 'Pre-arrival processing available for sea and air cargo',
        owner: 'Head, Procedures Reform Unit',
        assumptions: 'Carriers send manifests electronically before arrival.',
        project: 'NSW',
        activities: [
          ['A4', 'Draft the pre-arrival processing procedure', 'Grace Mbeki', PRU, '2026-08-01', '2026-11-15', 'in_progress', 80, '2026-08-04', null, [], []],
          ['A5', 'Consult carriers and freight forwarders', 'Grace Mbeki', PRU, '2026-11-16', '2027-02-28', 'not_started', 0, null, null, ['A4'], []],
          ['A6', 'Pilot pre-arrival processing at the main seaport', 'Idris Kamara', PRU, '2027-03-01', '2027-09-30', 'not_started', 0, null, null, ['A5'], [['Pilot evaluation report', '2027-10-15', null]]],
        ],
      },
    ],
  },
  {
    objective: 'SO1',
    statement: 'Traders and partner agencies exchange data through one single window',
    owner: 'Director, Customs Procedures',
    assumptions: 'The Single Window Act is passed by Parliament in 2027.',
    outputs: [
      {
        statement: 'Single window processes and data harmonised across border agencies',
        owner: 'Single Window Project Manager',
        assumptions: 'Agencies release staff for the process mapping workshops.',
        project: 'NSW',
        activities: [
          ['A7', 'Map import, export and transit processes of twelve border agencies', 'Lucía Ortega', NSW, '2026-09-01', '2027-01-31', 'in_progress', 55, '2026-09-08', null, [], []],
          ['A8', 'Harmonise data elements to the WCO Data Model', 'Lucía Ortega', NSW, '2027-02-01', '2027-07-31', 'not_started', 0, null, null, ['A7'], []],
          ['A9', 'Sign data-sharing agreements with partner agencies', 'Samuel Osei', LEG, '2027-03-01', '2027-12-31', 'not_started', 0, null, null, ['A7'], []],
        ],
      },
      {
        statement: 'Single window portal live for permits and licences',
        owner: 'Single Window Project Manager',
        assumptions: 'The platform vendor delivers on the contracted schedule.',
        project: 'NSW',
        activities: [
          ['A10', 'Procure the single window platform', 'Lucía Ortega', NSW, '2027-08-01', '2027-12-31', 'not_started', 0, null, null, ['A8'], [['Contract signed', '2027-12-15', null]]],
          ['A11', 'Configure and test the permit and licence modules', 'Lucía Ortega', NSW, '2028-01-15', '2028-09-30', 'not_started', 0, null, null, ['A10', 'A9'], []],
          ['A12', 'Go-live and trader help desk', 'Idris Kamara', NSW, '2028-10-01', '2029-03-31', 'not_started', 0, null, null, ['A11', 'A55'], [['Portal go-live', '2028-10-01', null]]],
        ],
      },
    ],
  },
  {
    objective: 'SO2',
    statement: 'Valuation and classification are controlled after release, on risk',
    owner: 'Director, Revenue and Audit',
    assumptions: 'Traders keep records for five years as the Customs Act requires.',
    outputs: [
      {
        statement: 'Post-clearance audit unit restructured and staffed',
        owner: 'Head, Post-Clearance Audit Unit',
        assumptions: 'The Public Service Commission approves the new posts.',
        project: 'PCA',
        activities: [
          ['A13', 'Approve the audit unit structure and terms of reference', 'Fatima Al-Rashid', PCA, '2026-07-01', '2026-09-30', 'completed', 100, '2026-07-01', '2026-09-22', [], []],
          ['A14', 'Recruit and post twenty auditors', 'Fatima Al-Rashid', HRD, '2026-10-01', '2027-03-31', 'in_progress', 35, '2026-10-05', null, ['A13'], []],
          ['A15', 'Align the audit manual with the WCO post-clearance audit guidelines', 'Daniel Mensah', PCA, '2026-09-01', '2027-02-28', 'in_progress', 45, '2026-09-01', null, [], [['Manual approved by the Commissioner', '2027-02-28', null]]],
        ],
      },
      {
        statement: 'Auditors trained and a risk-based audit plan in use',
        owner: 'Head, Post-Clearance Audit Unit',
        assumptions: 'The regional training centre keeps its 2027 calendar.',
        project: 'PCA',
        activities: [
          ['A16', 'Train auditors in audit techniques with the regional training centre', 'Daniel Mensah', ACA, '2027-04-01', '2027-09-30', 'not_started', 0, null, null, ['A14', 'A15'], []],
          ['A17', 'Introduce a risk-based annual audit plan', 'Fatima Al-Rashid', PCA, '2027-07-01', '2027-12-31', 'not_started', 0, null, null, ['A15'], []],
          ['A18', 'Quality review of the first audit cycle', 'Daniel Mensah', PCA, '2028-01-15', '2028-06-30', 'not_started', 0, null, null, ['A17'], [['Quality review report', '2028-06-30', null]]],
        ],
      },
    ],
  },
  {
    objective: 'SO2',
    statement: 'Traders receive refunds and rulings faster, with fewer disputes',
    owner: 'Director, Revenue and Audit',
    assumptions: 'The Treasury releases refund funds monthly.',
    outputs: [
      {
        statement: 'Advance rulings service established',
        owner: 'Head, Tariff and Valuation Unit',
        assumptions: 'The Minister signs the regulations in early 2027.',
        project: 'PCA',
        activities: [
          ['A19', 'Draft advance ruling regulations', 'Samuel Osei', LEG, '2026-08-01', '2026-11-30', 'in_progress', 90, '2026-08-03', null, [], []],
          ['A20', 'Publish ruling procedures and application forms', 'Anaïs Dubois', TVU, '2026-12-01', '2027-03-31', 'not_started', 0, null, null, ['A19'], []],
          ['A21', 'Train tariff and valuation officers on rulings', 'Anaïs Dubois', ACA, '2027-04-01', '2027-06-30', 'not_started', 0, null, null, ['A20'], []],
        ],
      },
      {
        statement: 'Refund and appeal procedures simplified',
        owner: 'Head, Tariff and Valuation Unit',
        assumptions: 'None beyond those of the outcome.',
        project: 'PCA',
        activities: [
          ['A22', 'Analyse the refund backlog', 'Anaïs Dubois', TVU, '2026-07-15', '2026-09-30', 'completed', 100, '2026-07-15', '2026-09-26', [], []],
          ['A23', 'Redesign the refund procedure with service deadlines', 'Anaïs Dubois', TVU, '2026-10-01', '2026-12-31', 'in_progress', 40, '2026-10-06', null, ['A22'], []],
          ['A24', 'Set up an independent review committee for disputes', 'Samuel Osei', LEG, '2027-02-01', '2027-08-31', 'not_started', 0, null, null, [], []],
        ],
      },
    ],
  },
  {
    objective: 'SO3',
    statement: 'Targeting is driven by intelligence shared across agencies',
    owner: 'Director, Enforcement',
    assumptions: 'Police and health authorities agree to share data.',
    outputs: [
      {
        statement: 'National targeting centre operational',
        owner: 'Head, National Targeting Centre',
        assumptions: 'Premises are handed over by the Ministry of Works on time.',
        project: null,
        activities: [
          ['A25', 'Design the targeting centre operating model', 'Yusuf Bello', NTC, '2026-09-01', '2026-12-31', 'in_progress', 60, '2026-09-02', null, [], []],
          ['A26', 'Fit out the targeting centre premises', 'Yusuf Bello', NTC, '2027-01-15', '2027-06-30', 'not_started', 0, null, null, ['A25'], [['Targeting centre opens', '2027-07-01', null]]],
          ['A27', 'Train targeting analysts', 'Yusuf Bello', ACA, '2027-05-01', '2027-10-31', 'not_started', 0, null, null, ['A25'], []],
        ],
      },
      {
        statement: 'Intelligence sharing with police and health authorities formalised',
        owner: 'Director, Enforcement',
        assumptions: 'Data protection rules allow the exchange.',
        project: null,
        activities: [
          ['A28', 'Negotiate memoranda of understanding with police and the health ministry', 'Hana Novak', ENF, '2026-08-15', '2026-11-20', 'in_progress', 50, '2026-08-20', null, [], []],
          ['A29', 'Build joint risk profiles for drugs and falsified medicines', 'Hana Novak', NTC, '2027-01-01', '2027-06-30', 'not_started', 0, null, null, ['A28'], []],
          ['A30', 'Hold quarterly joint intelligence meetings', 'Hana Novak', ENF, '2027-03-01', '2029-03-31', 'not_started', 0, null, null, ['A28'], []],
        ],
      },
    ],
  },
  {
    objective: 'SO3',
    statement: 'More prohibited and restricted goods are detected at the border',
    owner: 'Director, Enforcement',
    assumptions: 'Smuggling routes do not shift to unmanned border stretches.',
    outputs: [
      {
        statement: 'Non-intrusive inspection in use at the main seaport and airport',
        owner: 'Head, Enforcement Operations',
        assumptions: 'Donor funding for the scanners is confirmed.',
        project: null,
        activities: [
          ['A31', 'Specify scanner requirements and site plans', 'Kwame Asante', ENF, '2027-01-15', '2027-05-31', 'not_started', 0, null, null, [], []],
          ['A32', 'Procure and install two container scanners', 'Kwame Asante', ENF, '2027-07-01', '2028-06-30', 'not_started', 0, null, null, ['A31'], [['Scanners commissioned', '2028-06-30', null]]],
          ['A33', 'Train image analysts', 'Kwame Asante', ACA, '2028-07-01', '2028-12-31', 'not_started', 0, null, null, ['A32'], []],
        ],
      },
      {
        statement: 'Detector dog unit expanded',
        owner: 'Head, Enforcement Operations',
        assumptions: 'The regional dog training centre has places.',
        project: null,
        activities: [
          ['A34', 'Assess the needs of the detector dog unit', 'Kwame Asante', ENF, '2026-07-01', '2026-08-31', 'completed', 100, '2026-07-01', '2026-08-29', [], []],
          ['A35', 'Train six new dog teams with the regional partner', 'Kwame Asante', ENF, '2026-10-01', '2027-04-30', 'in_progress', 25, '2026-10-12', null, ['A34'], []],
          ['A36', 'Deploy dog teams to the land border posts', 'Kwame Asante', ENF, '2027-05-01', '2027-08-31', 'not_started', 0, null, null, ['A35'], []],
        ],
      },
    ],
  },
  {
    objective: 'SO4',
    statement: 'Staff are recruited, trained and promoted on competencies',
    owner: 'Director, Human Resources',
    assumptions: 'Unions support competency-based promotion.',
    outputs: [
      {
        statement: 'Competency framework adopted',
        owner: 'Director, Human Resources',
        assumptions: 'The Public Service Commission reviews the framework within three months.',
        project: 'HRC',
        activities: [
          ['A37', 'Adapt the WCO competency framework to Numeria’s job families', 'Nadia Petrova', HRD, '2027-01-15', '2027-06-30', 'not_started', 0, null, null, [], []],
          ['A38', 'Validate competency profiles with unions and managers', 'Nadia Petrova', HRD, '2027-07-01', '2027-10-31', 'not_started', 0, null, null, ['A37'], []],
          ['A39', 'Have the framework approved by the Public Service Commission', 'Nadia Petrova', HRD, '2027-11-01', '2028-01-31', 'not_started', 0, null, null, ['A38'], [['Framework approved', '2028-01-31', null]]],
        ],
      },
      {
        statement: 'Training academy delivers a competency-based curriculum',
        owner: 'Director, Customs Training Academy',
        assumptions: 'Trainers are released from operational duties.',
        project: 'HRC',
        activities: [
          ['A40', 'Analyse training needs across the service', 'Olivier Lambert', ACA, '2026-10-01', '2027-01-31', 'in_progress', 30, '2026-10-01', null, [], []],
          ['A41', 'Redesign the induction course', 'Olivier Lambert', ACA, '2028-02-01', '2028-07-31', 'not_started', 0, null, null, ['A39', 'A40'], []],
          ['A42', 'Train forty in-house trainers', 'Olivier Lambert', ACA, '2028-08-01', '2029-01-31', 'not_started', 0, null, null, ['A41'], []],
        ],
      },
    ],
  },
  {
    objective: 'SO4',
    statement: 'Integrity risks are reduced and public trust in customs grows',
    owner: 'Head, Professional Standards Unit',
    assumptions: 'Leadership visibly supports the integrity programme.',
    outputs: [
      {
        statement: 'Code of conduct revised and a complaints channel working',
        owner: 'Head, Professional Standards Unit',
        assumptions: 'Complainants trust that reports are kept confidential.',
        project: 'INT',
        activities: [
          ['A43', 'Revise the code of conduct', 'Chiara Rossi', PSU, '2026-07-01', '2026-10-31', 'completed', 100, '2026-07-06', '2026-11-10', [], [['Code signed by the Commissioner General', '2026-10-31', '2026-11-10']]],
          ['A44', 'Launch the complaints hotline and web form', 'Chiara Rossi', PSU, '2026-11-01', '2027-02-28', 'in_progress', 20, '2026-11-09', null, ['A43'], []],
          ['A45', 'Run integrity awareness sessions for all staff', 'Chiara Rossi', ACA, '2027-01-15', '2027-12-31', 'not_started', 0, null, null, ['A43'], []],
        ],
      },
      {
        statement: 'Integrity perception surveyed every two years and high-risk posts declared',
        owner: 'Head, Professional Standards Unit',
        assumptions: 'The survey firm remains independent.',
        project: 'INT',
        activities: [
          ['A46', 'Baseline integrity perception survey', 'Chiara Rossi', PSU, '2026-09-01', '2026-11-30', 'in_progress', 85, '2026-09-14', null, [], []],
          ['A47', 'Second integrity perception survey', 'Chiara Rossi', PSU, '2028-09-01', '2028-11-30', 'not_started', 0, null, null, ['A46'], [['Survey results published', '2028-11-30', null]]],
          ['A48', 'Introduce asset declarations for high-risk posts', 'Samuel Osei', LEG, '2027-04-01', '2028-03-31', 'on_hold', 0, null, null, [], []],
        ],
      },
    ],
  },
  {
    objective: 'SO4',
    statement: 'The reform is steered and reported on by a programme office',
    owner: 'Deputy Commissioner, Corporate Services',
    assumptions: 'The steering committee meets every quarter.',
    outputs: [
      {
        statement: 'Reform programme office in place and reporting',
        owner: 'Head, Reform Programme Office',
        assumptions: 'None beyond those of the outcome.',
        project: 'INT',
        activities: [
          ['A49', 'Set up the reform programme office', 'Mariam Haddad', PMO, '2026-07-01', '2026-08-31', 'completed', 100, '2026-07-01', '2026-08-25', [], []],
          ['A50', 'Report quarterly to the steering committee', 'Mariam Haddad', PMO, '2026-09-01', '2029-06-30', 'in_progress', 8, '2026-09-01', null, ['A49'], [['Annual review 2027', '2027-06-30', null], ['Annual review 2028', '2028-06-30', null]]],
          ['A51', 'Commission the mid-term evaluation', 'Mariam Haddad', PMO, '2027-12-01', '2028-03-31', 'not_started', 0, null, null, ['A49'], [['Mid-term evaluation report', '2028-03-31', null]]],
        ],
      },
    ],
  },
  {
    objective: 'SO5',
    statement: 'Declarations are processed on a modern, reliable system',
    owner: 'Head of ICT',
    assumptions: 'The vendor market offers a system that fits Numeria’s procedures.',
    outputs: [
      {
        statement: 'Requirements set and the new declaration system procured',
        owner: 'Head of ICT',
        assumptions: 'Procurement rules allow a two-stage tender.',
        project: 'NDS',
        activities: [
          ['A52', 'Document business requirements', 'Rahul Iyer', ICT, '2026-08-01', '2026-12-20', 'in_progress', 65, '2026-08-10', null, [], []],
          ['A53', 'Prepare the tender and evaluate bids', 'Rahul Iyer', ICT, '2027-01-15', '2027-07-31', 'not_started', 0, null, null, ['A52'], [['Contract awarded', '2027-08-15', null]]],
          ['A54', 'Agree the data migration strategy', 'Rahul Iyer', ICT, '2027-05-01', '2027-10-31', 'not_started', 0, null, null, ['A52'], []],
        ],
      },
      {
        statement: 'New declaration system live at all customs offices',
        owner: 'Head of ICT',
        assumptions: 'Offices have reliable network links by 2028.',
        project: 'NDS',
        activities: [
          ['A55', 'Configure and integrate the new system', 'Rahul Iyer', ICT, '2027-09-01', '2028-08-31', 'not_started', 0, null, null, ['A53'], []],
          ['A56', 'Pilot at the capital airport office', 'Idris Kamara', ICT, '2028-09-01', '2028-12-31', 'not_started', 0, null, null, ['A55', 'A54'], [['Pilot go-live', '2028-09-01', null]]],
          ['A57', 'Nationwide roll-out and legacy switch-off', 'Rahul Iyer', ICT, '2029-01-15', '2029-06-30', 'not_started', 0, null, null, ['A56'], [['Legacy system switched off', '2029-06-30', null]]],
        ],
      },
    ],
  },
  {
    objective: 'SO5',
    statement: 'Systems stay available and data are protected',
    owner: 'Head of ICT',
    assumptions: 'Power supply to the data centre is stable.',
    outputs: [
      {
        statement: 'Data centre resilience and information security improved',
        owner: 'ICT Security Officer',
        assumptions: 'Spare parts can be imported without delay.',
        project: 'NDS',
        activities: [
          ['A58', 'Upgrade data centre power and cooling', 'Rahul Iyer', ICT, '2026-07-15', '2026-10-15', 'completed', 100, '2026-07-20', '2026-10-30', [], []],
          ['A59', 'Build a disaster recovery site and test it', 'Rahul Iyer', ICT, '2027-02-01', '2027-11-30', 'not_started', 0, null, null, ['A58'], [['First recovery test', '2027-11-15', null]]],
          ['A60', 'Adopt an information security policy and assess ISO 27001 gaps', 'Ewa Kowalska', ICT, '2026-10-01', '2027-03-31', 'in_progress', 20, '2026-10-15', null, [], []],
        ],
      },
    ],
  },
]
