import type { IntegrityFactorRisk, LocalText } from '../../../shared/contract'
import type { Db } from '../db/connection'

// Read-only view of the risk register (migration 006), which the risks domain owns: the integrity
// view lists the risks flagged as integrity risks. Nothing here writes to those tables.

interface RiskRow {
  id: number
  code: string
  title: string
  integrity_factor_item_id: number | null
  residual_likelihood: number
  residual_impact: number
  status: IntegrityFactorRisk['status']
  owner: string
  sensitivity: number
  matrix_json: string | null
}

interface Band {
  name?: LocalText
  minScore?: number
  maxScore?: number
}

function bandFor(matrixJson: string | null, score: number): LocalText | null {
  if (!matrixJson) return null
  const matrix = JSON.parse(matrixJson) as { bands?: Band[] }
  const band = (matrix.bands ?? []).find(
    (b) => (b.minScore ?? -Infinity) <= score && score <= (b.maxScore ?? Infinity),
  )
  return band?.name ?? null
}

/**
 * Integrity risks (flagged `integrity = 1`), highest residual score first. The residual score is
 * likelihood × impact, the usual product rule of a risk matrix; its band comes from the risk's
 * own matrix, so matrices of other sizes label their bands correctly.
 */
export function listIntegrityRisks(db: Db): IntegrityFactorRisk[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.code, r.title, r.integrity_factor_item_id, r.residual_likelihood,
         r.residual_impact, r.status, r.owner, r.sensitivity, m.data_json AS matrix_json
       FROM risks r LEFT JOIN library_items m ON m.id = r.matrix_item_id
       WHERE r.integrity = 1`,
    )
    .all() as RiskRow[]
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  return rows
    .map((r): IntegrityFactorRisk => {
      const score = r.residual_likelihood * r.residual_impact
      return {
        id: r.id,
        code: r.code,
        title: r.title,
        factorItemId: r.integrity_factor_item_id,
        residualLikelihood: r.residual_likelihood,
        residualImpact: r.residual_impact,
        residualScore: score,
        residualBand: bandFor(r.matrix_json, score),
        status: r.status,
        owner: r.owner,
        sensitivity: r.sensitivity,
      }
    })
    .sort((a, b) => b.residualScore - a.residualScore || collator.compare(a.code, b.code))
}
