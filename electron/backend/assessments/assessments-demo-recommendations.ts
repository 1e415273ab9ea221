import type {
  RecommendationAcceptance,
  RecommendationHorizon,
  RecommendationPriority,
} from '../../../shared/contract'

/** What the demo does with a recommendation in the plan. */
export type DemoDisposition =
  { link: string; keywords: string[] } | { defer: string; alsoGap?: boolean } | null

/** One demo recommendation. */
export interface DemoRecommendation {
  code: string
  text: string
  priority: RecommendationPriority
  horizon: RecommendationHorizon
  unit: string
  accepted: RecommendationAcceptance
  /** Link to part of objective `link` matching the keywords (else the objective), defer, or leave. */
  then: DemoDisposition
}

const r = (
  code: string,
  text: string,
  priority: RecommendationPriority,
  horizon: RecommendationHorizon,
  unit: string,
  accepted: RecommendationAcceptance,
  then: DemoDisposition,
): DemoRecommendation => ({ code, text, priority, horizon, unit, accepted, then })

/** The mission's recommendations and what the plan does with each. */
export const DEMO_RECOMMENDATIONS: DemoRecommendation[] = [
  r(
    'DF.1.1',
    'Finalise, cost and obtain ministerial approval of the Strategic Plan 2026–2030, and cascade it into annual directorate work plans.',
    'high',
    'short',
    'Strategic Planning Unit',
    'yes',
    { link: 'SO4', keywords: ['strategic plan', 'programme office', 'work plan', 'planning'] },
  ),
  r(
    'DF.1.2',
    'Adopt a core set of KPIs (release time, revenue, compliance, integrity) reported quarterly to the Executive Committee.',
    'high',
    'short',
    'Strategic Planning Unit',
    'yes',
    { link: 'SO1', keywords: ['release time', 'performance', 'indicator', 'kpi'] },
  ),
  r(
    'DF.1.2',
    'Carry out a Time Release Study at the three main border posts and repeat it every two years.',
    'medium',
    'short',
    'Customs Procedures Directorate',
    'yes',
    { link: 'SO1', keywords: ['time release', 'trs', 'release time'] },
  ),
  r(
    'DF.1.3',
    'Set up a reform programme office with trained project managers and a single portfolio report.',
    'medium',
    'short',
    'Deputy Commissioner, Corporate Services',
    'yes',
    { link: 'SO4', keywords: ['programme office', 'project management', 'portfolio'] },
  ),
  r(
    'DF.2.1',
    'Develop a competency framework and job profiles for all customs posts, in line with the WCO PICARD Professional Standards.',
    'high',
    'medium',
    'Human Resources Directorate',
    'yes',
    { link: 'SO4', keywords: ['competenc', 'job profile', 'human resource'] },
  ),
  r(
    'DF.2.2',
    'Introduce open, merit-based recruitment and promotion with published criteria and independent panels.',
    'high',
    'medium',
    'Human Resources Directorate',
    'partly',
    {
      defer:
        'Depends on the revised Public Service Act, expected before Parliament in 2027: the Public Service Commission sets recruitment rules for all ministries.',
      alsoGap: true,
    },
  ),
  r(
    'DF.2.3',
    'Build a training curriculum based on competency gaps, using WCO e-learning and a certified trainer pool.',
    'medium',
    'medium',
    'Customs Training School',
    'yes',
    { link: 'SO4', keywords: ['training', 'trainer', 'curriculum', 'academy'] },
  ),
  r(
    'DF.3.1',
    'Redraft the Customs Act in line with the Revised Kyoto Convention and prepare accession.',
    'high',
    'long',
    'Legal Services',
    'yes',
    { link: 'SO1', keywords: ['customs act', 'legislation', 'law', 'kyoto'] },
  ),
  r(
    'DF.3.3',
    'Issue binding advance rulings on classification, valuation and origin within 60 days of a request.',
    'medium',
    'medium',
    'Tariff and Valuation Division',
    'yes',
    null,
  ),
  r(
    'DF.4.1',
    'Extend pre-arrival processing to all sea and air cargo and publish clearance service standards.',
    'high',
    'short',
    'Customs Procedures Directorate',
    'yes',
    { link: 'SO1', keywords: ['pre-arrival', 'clearance', 'service standard'] },
  ),
  r(
    'DF.4.2',
    'Create a national targeting centre and move from 80 % physical examination to risk-based selectivity below 30 %.',
    'high',
    'short',
    'Risk Management Unit',
    'yes',
    { link: 'SO1', keywords: ['risk', 'targeting', 'selectivity'] },
  ),
  r(
    'DF.4.3',
    'Build a post-clearance audit unit with trained auditors and an annual risk-based audit plan.',
    'high',
    'medium',
    'Revenue and Audit Directorate',
    'yes',
    { link: 'SO2', keywords: ['post-clearance', 'audit', 'pca'] },
  ),
  r(
    'DF.4.4',
    'Create a valuation database and train officers in the WTO Valuation Agreement.',
    'medium',
    'medium',
    'Tariff and Valuation Division',
    'partly',
    { link: 'SO2', keywords: ['valuation'] },
  ),
  r(
    'DF.4.5',
    'Launch an Authorised Economic Operator pilot with five compliant traders.',
    'medium',
    'long',
    'Customs Procedures Directorate',
    'yes',
    {
      defer:
        'Postponed until risk management works (see the national targeting centre); to be revisited at the 2028 plan review.',
    },
  ),
  r(
    'DF.5.2',
    'Replace the legacy declaration processing system; prepare the business case and the funding request to partners.',
    'high',
    'medium',
    'ICT Directorate',
    'yes',
    { link: 'SO5', keywords: ['declaration processing', 'clearance system', 'system', 'replace'] },
  ),
  r(
    'DF.5.4',
    'Set up a disaster-recovery site and an information-security policy, with backups tested every quarter.',
    'high',
    'short',
    'ICT Directorate',
    'yes',
    null,
  ),
  r(
    'DF.6.2',
    'Sign data-sharing agreements with the standards bureau and the plant health service to prepare the single window.',
    'medium',
    'medium',
    'Customs Procedures Directorate',
    'partly',
    { link: 'SO1', keywords: ['single window', 'border agenc', 'partner agenc'] },
  ),
  r(
    'DF.6.5',
    'Hold a yearly round table with development partners based on the approved strategic plan.',
    'low',
    'short',
    'Strategic Planning Unit',
    'yes',
    {
      defer:
        'The Ministry of Finance convenes all donor round tables; customs will take part through the ministry’s aid coordination forum.',
    },
  ),
  r(
    'DF.7.1',
    'Adopt an integrity strategy and action plan based on the Revised Arusha Declaration, with a staff perception survey.',
    'high',
    'short',
    'Internal Affairs Unit',
    'yes',
    { link: 'SO4', keywords: ['integrity', 'arusha', 'ethic'] },
  ),
  r(
    'DF.7.2',
    'Revise the code of conduct, train all staff in it and open a confidential complaints channel.',
    'high',
    'short',
    'Internal Affairs Unit',
    'yes',
    { link: 'SO4', keywords: ['code of conduct', 'complaint', 'integrity'] },
  ),
  r(
    'DF.7.3',
    'Give the internal audit unit an independent reporting line to the Commissioner General.',
    'medium',
    'medium',
    'Internal Audit Unit',
    'no',
    null,
  ),
  r(
    'DF.7.4',
    'Reduce officer discretion through written procedures and random allocation of examinations.',
    'high',
    'medium',
    'Internal Affairs Unit',
    'pending',
    null,
  ),
  r(
    'DF.2.4',
    'Link the customs budget to the strategic plan through a three-year costed programme.',
    'low',
    'long',
    'Finance Unit',
    'pending',
    null,
  ),
]
