// Turns rows into the Risk the UI sees, adding what is computed: scores, bands, trend,
// tolerance, acceptance state and what is overdue today.
import type {
  Risk,
  RiskAction,
  RiskDetail,
  RiskMatrix,
  RiskRating,
  RiskTarget,
} from '../../../shared/contract'
import {
  acceptanceState,
  bandOf,
  isActionOverdue,
  isAboveTolerance,
  isReviewOverdue,
  ratingTrend,
  riskScore,
} from '../../../shared/domain/risk-rating'
import type { Db } from '../db/database'
import { listResultSummaries } from '../plan/plan-read'
import {
  builtinPackIds,
  catalogueCodes,
  listTargets,
  matricesById,
  projectObjectives,
} from './risks-reference'
import { actionRows, ratingRows, type ActionRow, type RatingRow, type RiskRow } from './risks-repo'

/** The lookups from packs and plan every risk's presentation needs; they don't change in a call. */
export interface Lookups {
  matrices: Map<number, RiskMatrix>
  targets: Map<string, RiskTarget>
  projectObjectives: Map<number, number[]>
  catalogue: Map<number, string>
}

/** Everything needed to present risks, loaded once per request. */
export interface ViewContext extends Lookups {
  today: string
  actions: Map<number, ActionRow[]>
  /** The whole rating history, oldest first: loaded only for one risk. */
  history: RatingRow[]
}

/** Loads the matrices, link targets and catalogue codes (packs and results read once each). */
export async function loadLookups(db: Db): Promise<Lookups> {
  const [builtin, results] = await Promise.all([builtinPackIds(db), listResultSummaries(db)])
  const [matrices, targets, catalogue] = await Promise.all([
    matricesById(db, builtin),
    listTargets(db, results),
    catalogueCodes(db, builtin),
  ])
  return {
    matrices,
    targets: new Map(targets.map((t) => [`${t.type}:${t.id}`, t])),
    projectObjectives: await projectObjectives(db, results),
    catalogue,
  }
}

const group = <T extends { risk_id: number }>(rows: T[]): Map<number, T[]> => {
  const out = new Map<number, T[]>()
  for (const r of rows) {
    const list = out.get(r.risk_id)
    if (list) list.push(r)
    else out.set(r.risk_id, [r])
  }
  return out
}

/**
 * Loads what presenting all risks needs, or one risk (then with its whole rating history).
 * `lookups` already loaded in this call are reused.
 */
export async function loadViewContext(
  db: Db,
  today: string,
  riskId?: number,
  lookups?: Lookups,
): Promise<ViewContext> {
  const [shared, actions, history] = await Promise.all([
    lookups ?? loadLookups(db),
    actionRows(db, riskId),
    riskId === undefined ? Promise.resolve([]) : ratingRows(db, riskId),
  ])
  return { ...shared, today, actions: group(actions), history }
}

const toAction = (a: ActionRow, today: string, closed: boolean): RiskAction => ({
  id: a.id,
  action: a.action,
  owner: a.owner,
  dueDate: a.due_date,
  status: a.status,
  completedOn: a.completed_on,
  // A closed risk owes nothing any more, whatever its actions say.
  overdue: !closed && isActionOverdue({ dueDate: a.due_date, status: a.status }, today),
  version: a.version,
})

function targetOf(row: RiskRow, vc: ViewContext): RiskTarget | null {
  const id =
    row.scope_type === 'objective'
      ? row.objective_id
      : row.scope_type === 'project'
        ? row.project_id
        : row.scope_type === 'result'
          ? row.result_id
          : null
  return id === null ? null : (vc.targets.get(`${row.scope_type}:${id}`) ?? null)
}

/** The risk with everything the register shows. */
export function toRisk(row: RiskRow, vc: ViewContext): Risk {
  const matrix = vc.matrices.get(row.matrix_item_id)
  const inherent = { likelihood: row.inherent_likelihood, impact: row.inherent_impact }
  const residual = { likelihood: row.residual_likelihood, impact: row.residual_impact }
  const closed = row.status === 'closed'
  const actions = (vc.actions.get(row.id) ?? []).map((a) => toAction(a, vc.today, closed))
  const target = targetOf(row, vc)
  const objectiveIds =
    row.scope_type === 'project' && row.project_id !== null
      ? (vc.projectObjectives.get(row.project_id) ?? [])
      : target?.objectiveId
        ? [target.objectiveId]
        : []
  const state = {
    status: row.status,
    nextReview: row.next_review,
    response: row.response,
    acceptedUntil: row.accepted_until,
  }
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    cause: row.cause,
    event: row.event,
    consequence: row.consequence,
    category: row.category,
    catalogueItemId: row.catalogue_item_id,
    catalogueCode: row.catalogue_item_id ? (vc.catalogue.get(row.catalogue_item_id) ?? null) : null,
    matrixItemId: row.matrix_item_id,
    scopeType: row.scope_type,
    scopeId: row.objective_id ?? row.project_id ?? row.result_id ?? null,
    target,
    objectiveIds,
    frameworkItemId: row.framework_item_id,
    owner: row.owner,
    raisedOn: row.raised_on,
    inherentLikelihood: inherent.likelihood,
    inherentImpact: inherent.impact,
    inherentScore: riskScore(inherent),
    inherentBand: (matrix && bandOf(matrix, inherent)?.code) ?? null,
    existingControls: row.existing_controls,
    response: row.response,
    residualLikelihood: residual.likelihood,
    residualImpact: residual.impact,
    residualScore: riskScore(residual),
    residualBand: (matrix && bandOf(matrix, residual)?.code) ?? null,
    status: row.status,
    nextReview: row.next_review,
    reviewOverridden: row.review_overridden === 1,
    integrity: row.integrity === 1,
    integrityFactorId: row.integrity_factor_item_id,
    acceptedBy: row.accepted_by,
    acceptanceReason: row.acceptance_reason,
    acceptedUntil: row.accepted_until,
    sensitivity: row.sensitivity,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastRatedOn: row.last_rated_on ?? row.raised_on,
    ratingCount: row.ratings_count,
    // The trend compares residual scores; each score stands in as likelihood × 1.
    trend: ratingTrend(
      [row.previous_score, row.last_score].flatMap((score) =>
        score === null ? [] : [{ residual: { likelihood: score, impact: 1 } }],
      ),
    ),
    aboveTolerance: matrix ? isAboveTolerance(matrix, residual) : false,
    acceptance: acceptanceState(state, vc.today),
    reviewOverdue: isReviewOverdue(state, vc.today),
    overdueActionCount: actions.filter((a) => a.overdue).length,
    actions,
  }
}

/** The risk with its rating history (a context loaded for this one risk). */
export function toRiskDetail(row: RiskRow, vc: ViewContext): RiskDetail {
  const matrix = vc.matrices.get(row.matrix_item_id)
  const ratings: RiskRating[] = vc.history.map((r) => {
    const residual = { likelihood: r.residual_likelihood, impact: r.residual_impact }
    return {
      id: r.id,
      ratedOn: r.rated_on,
      ratedAt: r.rated_at,
      ratedBy: r.rated_by,
      inherentLikelihood: r.inherent_likelihood,
      inherentImpact: r.inherent_impact,
      inherentScore: r.inherent_likelihood * r.inherent_impact,
      residualLikelihood: r.residual_likelihood,
      residualImpact: r.residual_impact,
      residualScore: riskScore(residual),
      residualBand: (matrix && bandOf(matrix, residual)?.code) ?? null,
      reason: r.reason,
    }
  })
  return { ...toRisk(row, vc), ratings }
}
