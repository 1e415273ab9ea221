// What other domains may read of the risk register (risks, risk_ratings, risk_actions), as plain
// domain objects. Nothing here writes; no other module queries the register's tables.
import type {
  IntegrityFactorRisk,
  LocalText,
  RiskActionStatus,
  RiskResponse,
  RiskStatus,
} from '../../../shared/contract'
import { riskScore } from '../../../shared/domain/risk-rating'
import type { Db } from '../db/database'
import { matricesById } from './risks-reference'

/**
 * Integrity risks (flagged as such, with or without a factor), highest residual score first, then
 * by code. The residual band is the one of the risk's own matrix that holds the score.
 */
export async function listIntegrityFactorRisks(db: Db): Promise<IntegrityFactorRisk[]> {
  const rows = await db
    .selectFrom('risks')
    .select([
      'id',
      'code',
      'title',
      'integrity_factor_item_id',
      'residual_likelihood',
      'residual_impact',
      'status',
      'owner',
      'sensitivity',
      'matrix_item_id',
    ])
    .where('integrity', '=', 1)
    .orderBy('id')
    .execute()
  if (rows.length === 0) return []
  // Each matrix is parsed once per call, not once per risk.
  const matrices = await matricesById(db)
  const bandName = (matrixId: number, score: number): LocalText | null => {
    const band = (matrices.get(matrixId)?.bands ?? []).find(
      (b) => (b.minScore ?? -Infinity) <= score && score <= (b.maxScore ?? Infinity),
    )
    return (band?.name as LocalText | undefined) ?? null
  }
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  return rows
    .map((r): IntegrityFactorRisk => {
      const score = riskScore({ likelihood: r.residual_likelihood, impact: r.residual_impact })
      return {
        id: r.id,
        code: r.code,
        title: r.title,
        factorItemId: r.integrity_factor_item_id,
        residualLikelihood: r.residual_likelihood,
        residualImpact: r.residual_impact,
        residualScore: score,
        residualBand: bandName(r.matrix_item_id, score),
        status: r.status,
        owner: r.owner,
        sensitivity: r.sensitivity,
      }
    })
    .sort((a, b) => b.residualScore - a.residualScore || collator.compare(a.code, b.code))
}

/** A risk as reports list it: the stored ratings and state, nothing computed for today. */
export interface RegisterEntry {
  id: number
  code: string
  title: string
  category: string
  owner: string
  inherentLikelihood: number
  inherentImpact: number
  residualLikelihood: number
  residualImpact: number
  response: RiskResponse
  status: RiskStatus
  nextReview: string
  integrity: boolean
  /** Position of the classification marking the risk needs (1 = the lowest). */
  sensitivity: number
}

/** Every risk, closed ones included, by code (case-insensitive). */
export async function listRegister(db: Db): Promise<RegisterEntry[]> {
  const rows = await db
    .selectFrom('risks')
    .select([
      'id',
      'code',
      'title',
      'category',
      'owner',
      'inherent_likelihood',
      'inherent_impact',
      'residual_likelihood',
      'residual_impact',
      'response',
      'status',
      'next_review',
      'integrity',
      'sensitivity',
    ])
    .orderBy((eb) => eb.fn('lower', ['code']))
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    category: r.category,
    owner: r.owner,
    inherentLikelihood: r.inherent_likelihood,
    inherentImpact: r.inherent_impact,
    residualLikelihood: r.residual_likelihood,
    residualImpact: r.residual_impact,
    response: r.response,
    status: r.status,
    nextReview: r.next_review,
    integrity: r.integrity === 1,
    sensitivity: r.sensitivity,
  }))
}

/** A treatment action of a risk. */
export interface TreatmentAction {
  id: number
  riskId: number
  action: string
  owner: string
  dueDate: string
  status: RiskActionStatus
  completedOn: string | null
}

/** Every treatment action of every risk, by due date. */
export async function listTreatmentActions(db: Db): Promise<TreatmentAction[]> {
  const rows = await db
    .selectFrom('risk_actions')
    .select(['id', 'risk_id', 'action', 'owner', 'due_date', 'status', 'completed_on'])
    .orderBy('due_date')
    .orderBy('id')
    .execute()
  return rows.map((a) => ({
    id: a.id,
    riskId: a.risk_id,
    action: a.action,
    owner: a.owner,
    dueDate: a.due_date,
    status: a.status,
    completedOn: a.completed_on,
  }))
}

/** How many risks are linked to an objective, a project or an outcome/output (blocks deletes). */
export async function countRisksLinkedTo(
  db: Db,
  type: 'objective' | 'project' | 'result',
  id: number,
): Promise<number> {
  const column = (
    { objective: 'objective_id', project: 'project_id', result: 'result_id' } as const
  )[type]
  const r = await db
    .selectFrom('risks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, '=', id)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}
