import type { ServiceContext } from '../context'
import { listIndicatorOptions } from '../indicators/indicators-read'
import { createAction } from './action-service'
import { createAssessment, rateFactor } from './assessment-service'
import { DEMO_RATINGS } from './integrity-demo-data'
import { DEMO_ACTIONS, DEMO_WAVES } from './integrity-demo-plan'
import { listIntegrityFrameworkRows, readIntegrityFramework } from './integrity-framework-repo'
import { createWave } from './survey-service'

// Integrity-flavoured indicators are preferred for the action links; otherwise the first ones.
const INTEGRITY_WORDS = /integrity|complaint|misconduct|ethic|corruption|intégrité/i

/**
 * Adds the integrity part of the demo administration (runs inside the demo's transaction, after
 * the other domains): a 2023 IDG mission and the 2026 self-assessment workshop rating the ten RAD
 * factors, an action plan of about twenty actions, and two CIPS waves for staff and private sector.
 * `ctx` is already that transaction: the services called here join it.
 */
export async function seedIntegrityDemo(ctx: ServiceContext): Promise<void> {
  const row = (await listIntegrityFrameworkRows(ctx.db)).find((r) => r.code === 'RAD')
  if (!row) return
  const framework = await readIntegrityFramework(ctx.db, row)
  const factor = new Map(framework.factors.map((f) => [f.code, f.id]))

  const mission = await createAssessment(ctx, {
    frameworkId: framework.id,
    title: 'IDG integrity diagnostic mission',
    assessedOn: '2023-06-14',
    method: 'expert_mission',
    participants: 'Two WCO-accredited integrity experts; interviews with 34 managers and staff',
    participantCount: 36,
    sensitivity: 2,
  })
  const workshop = await createAssessment(ctx, {
    frameworkId: framework.id,
    title: 'Integrity self-assessment workshop 2026',
    assessedOn: '2026-03-18',
    method: 'self_assessment',
    participants:
      'Deputy Commissioners, regional directors, heads of Internal Affairs, HR, ICT, Legal and Training, the staff association, and two observers from the Freight Forwarders Association',
    participantCount: 21,
    sensitivity: 2,
  })
  for (const r of DEMO_RATINGS) {
    const factorItemId = factor.get(r.code)
    if (factorItemId === undefined) continue
    await rateFactor(ctx, {
      assessmentId: mission.id,
      factorItemId,
      version: null,
      rating: r.mission2023,
      strengths: '',
      weaknesses: '',
      evidence: 'IDG mission report, June 2023.',
    })
    await rateFactor(ctx, {
      assessmentId: workshop.id,
      factorItemId,
      version: null,
      rating: r.workshop2026,
      strengths: r.strengths,
      weaknesses: r.weaknesses,
      evidence: r.evidence,
    })
  }

  const indicators = await listIndicatorOptions(ctx.db)
  const preferred = [
    ...indicators.filter((i) => INTEGRITY_WORDS.test(i.name)),
    ...indicators.filter((i) => !INTEGRITY_WORDS.test(i.name)),
  ]
  for (const a of DEMO_ACTIONS) {
    const factorItemId = factor.get(a.code)
    if (factorItemId === undefined) continue
    await createAction(ctx, {
      factorItemId,
      action: a.action,
      horizon: a.horizon,
      owner: a.owner,
      startDate: a.start,
      dueDate: a.due,
      status: a.status,
      indicatorId: a.indicator === undefined ? null : (preferred[a.indicator]?.id ?? null),
      sensitivity: a.sensitivity ?? 1,
    })
  }

  for (const w of DEMO_WAVES) {
    await createWave(ctx, {
      frameworkId: framework.id,
      title: w.title,
      conductedOn: w.conductedOn,
      population: w.population,
      respondents: w.respondents,
      sensitivity: 2,
      // Scores are listed in factor order RAD.1 … RAD.10; matched by code, not by pack position.
      scores: w.scores.flatMap((score, i) => {
        const factorItemId = factor.get(`RAD.${i + 1}`)
        return factorItemId === undefined ? [] : [{ factorItemId, score }]
      }),
    })
  }
}
