import type { ServiceContext } from '../context'
import { saveSubmission } from './submission-service'

/** A drafted ministerial submission on the demo administration's strategic plan. */
export async function seedDocumentsDemo(ctx: ServiceContext): Promise<void> {
  await saveSubmission(ctx, {
    title: 'Approval of the Customs Modernisation and Capacity-Building Plan 2026–2029',
    reference: 'RNCS/MIN/2026/014',
    addressee: 'Hon. Minister of Finance and Economic Planning',
    issue:
      'The Customs Service asks the Minister to approve its strategic plan for 2026–2029, which sets out how the Service will modernise clearance, protect revenue and strengthen integrity, with measurable targets for each objective.',
    recommendation:
      'That the Minister approves the plan as the basis for the Service’s reform programme and for discussions with development partners, and notes the main risks and the integrity action plan.',
    timing:
      'A decision is requested by 15 December 2026 so that the first-year activities can be included in the 2027/28 budget submission and presented at the donor round-table in January 2027.',
    background:
      'In 2026 a WCO-supported diagnostic mission assessed the Service against the seven areas of the Customs Capacity Building Diagnostic Framework. It found the largest gaps in strategic management, information technology and integrity.\n\nThe planning unit then prepared this plan with the directorates concerned. It addresses every accepted high-priority recommendation of the diagnostic or explains why it is deferred.',
    options:
      'Option 1, approve the plan now: the programme can start in January 2027 and partners can align their support with it.\n\nOption 2, ask for revisions: the start would slip by at least one budget cycle and two donor-funded projects would lose their 2027 allocation.\n\nThe Service recommends option 1.',
    implFinancial:
      'Total cost over three years is estimated at NMD 48.6 million, of which NMD 31.2 million is expected from development partners. The national share is within the Service’s medium-term expenditure ceiling.',
    implLegal:
      'Two activities depend on amendments to the Customs Act (electronic documents and post-clearance audit powers), to be tabled in 2027.',
    implStaffing:
      'No new posts are required in year one. The competency framework will redeploy about 60 officers to risk management and audit functions by 2029.',
    implRisk:
      'The main risks are delays in the new clearance system and the loss of trained staff. Both have treatment plans and are reviewed monthly by the programme board.',
    implIntegrity:
      'The plan includes an integrity action plan addressing all ten factors of the Revised Arusha Declaration, with a new code of conduct and a confidential complaints channel in 2027.',
    decisions: [
      'Approve the Customs Modernisation and Capacity-Building Plan 2026–2029.',
      'Note the programme risk register and its treatment plans.',
      'Authorise the Commissioner General to present the plan to development partners.',
    ],
    annexes: ['plan', 'risks', 'integrity'],
  })
}
