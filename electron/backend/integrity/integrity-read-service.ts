import type {
  IntegrityFactorOverview,
  IntegrityAssessment,
  IntegrityData,
  IntegrityFactorRisk,
  SurveyWave,
} from '../../../shared/contract'
import { SURVEY_POPULATIONS } from '../../../shared/contract'
import { latestValue, type DatedValues } from '../../../shared/domain/integrity-compare'
import { progressByFactor } from '../../../shared/domain/integrity-progress'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { listIntegrityFactorRisks } from '../risks/risks-read'
import { listActions } from './action-repo'
import { listAssessments } from './assessment-repo'
import { classificationsOf, todayOf } from './integrity-checks'
import {
  findIntegrityFrameworkRow,
  listIntegrityFrameworkRows,
  readIntegrityFramework,
} from './integrity-framework-repo'
import { listWaves } from './survey-repo'

const ratingsAsValues = (a: IntegrityAssessment): DatedValues => ({
  id: a.id,
  date: a.assessedOn,
  values: new Map(a.ratings.map((r) => [r.factorItemId, r.rating])),
})

const scoresAsValues = (w: SurveyWave): DatedValues => ({
  id: w.id,
  date: w.conductedOn,
  values: new Map(w.scores.map((s) => [s.factorItemId, s.score])),
})

/** Open integrity risks: every status except closed (materialised ones still need attention). */
const isOpenRisk = (r: IntegrityFactorRisk) => r.status !== 'closed'

/**
 * Everything the integrity view shows for one framework (default: the first installed integrity
 * framework), with the per-factor overview computed as of the context clock's today.
 */
export async function getIntegrity(
  ctx: ServiceContext,
  frameworkId?: number,
): Promise<IntegrityData> {
  const today = todayOf(ctx)
  const rows = await listIntegrityFrameworkRows(ctx.db)
  const chosen =
    frameworkId === undefined ? rows[0] : await findIntegrityFrameworkRow(ctx.db, frameworkId)
  if (frameworkId !== undefined && !chosen) {
    throw new AppFailure('not_found', 'This integrity framework is not installed.')
  }
  const frameworks = []
  for (const r of rows) {
    const fw = await readIntegrityFramework(ctx.db, r)
    frameworks.push({ id: fw.id, code: fw.code, name: fw.name })
  }
  const empty = {
    today,
    frameworks,
    classifications: await classificationsOf(ctx),
  }
  if (!chosen) {
    return {
      ...empty,
      framework: null,
      assessments: [],
      actions: [],
      waves: [],
      risks: [],
      overview: [],
    }
  }
  const framework = await readIntegrityFramework(ctx.db, chosen)
  const factorIds = framework.factors.map((f) => f.id)
  const assessments = await listAssessments(ctx.db, framework.id)
  const actions = await listActions(ctx.db, factorIds, today)
  const waves = await listWaves(ctx.db, framework.id)
  const factorSet = new Set(factorIds)
  // Risks linked to another framework's factor belong to that framework's view.
  const risks = (await listIntegrityFactorRisks(ctx.db)).filter(
    (r) => r.factorItemId === null || factorSet.has(r.factorItemId),
  )
  const progress = progressByFactor(actions, factorIds, today)
  const rated = assessments.map(ratingsAsValues)
  const byPopulation = Object.fromEntries(
    SURVEY_POPULATIONS.map((p) => [p, waves.filter((w) => w.population === p).map(scoresAsValues)]),
  ) as Record<(typeof SURVEY_POPULATIONS)[number], DatedValues[]>
  const overview: IntegrityFactorOverview[] = factorIds.map((id) => ({
    factorItemId: id,
    latestRating: latestValue(rated, id),
    progress: progress.get(id)!,
    latestScores: {
      staff: latestValue(byPopulation.staff, id),
      private_sector: latestValue(byPopulation.private_sector, id),
    },
    openRisks: risks.filter((r) => r.factorItemId === id && isOpenRisk(r)).length,
  }))
  return { ...empty, framework, assessments, actions, waves, risks, overview }
}
