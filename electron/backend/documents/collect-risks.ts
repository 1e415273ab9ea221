import { bandForScore, type RiskMatrixDefinition } from '../../../shared/domain/risk-rating'
import type { LocalText } from '../../../shared/contract'
import type { Db } from '../db/connection'

/** A risk-matrix band. */
export interface Band {
  code: string
  name: LocalText
  minScore: number
  maxScore: number
  colour: string
}

/** A risk as the register report shows it. */
export interface RiskRow {
  code: string
  title: string
  category: string
  owner: string
  inherent: number
  residual: number
  residualL: number
  residualI: number
  band: string
  response: string
  status: string
  nextReview: string
  integrity: boolean
}

/** A treatment action. */
export interface RiskActionRow {
  risk: string
  action: string
  owner: string
  due: string
  status: string
  overdue: boolean
}

/** The risk register at one moment. */
export interface RisksData {
  matrix: { likelihood: LocalText[]; impact: LocalText[]; bands: Band[] } | null
  risks: RiskRow[]
  actions: RiskActionRow[]
  excluded: number
}

type Row = Record<string, unknown>

/** Reads the register; integrity risks more sensitive than `maxSensitivity` are left out and counted. */
export function collectRisks(db: Db, today: string, maxSensitivity: number): RisksData {
  const matrixRow = db
    .prepare(
      "SELECT data_json FROM library_items WHERE kind = 'risk_matrix' AND archived_at IS NULL ORDER BY id LIMIT 1",
    )
    .get() as { data_json: string } | undefined
  const m = matrixRow ? (JSON.parse(matrixRow.data_json) as RiskMatrixDefinition) : null
  const matrix = m
    ? {
        likelihood: [...m.likelihood].sort((a, b) => a.level - b.level).map((l) => l.name),
        impact: [...m.impact].sort((a, b) => a.level - b.level).map((l) => l.name),
        bands: m.bands,
      }
    : null
  const bandOf = (score: number) => (m ? bandForScore(m, score) : undefined)
  const all = db.prepare('SELECT * FROM risks ORDER BY code').all() as Row[]
  const visible = all.filter(
    (r) => !(Number(r.integrity) === 1 && Number(r.sensitivity) > maxSensitivity),
  )
  const risks = visible.map((r) => {
    const residual = Number(r.residual_likelihood) * Number(r.residual_impact)
    return {
      code: String(r.code),
      title: String(r.title),
      category: String(r.category),
      owner: String(r.owner ?? ''),
      inherent: Number(r.inherent_likelihood) * Number(r.inherent_impact),
      residual,
      residualL: Number(r.residual_likelihood),
      residualI: Number(r.residual_impact),
      band: bandOf(residual)?.code ?? '',
      response: String(r.response),
      status: String(r.status),
      nextReview: String(r.next_review),
      integrity: Number(r.integrity) === 1,
    }
  })
  const codes = new Map(visible.map((r) => [Number(r.id), String(r.code)]))
  const actions = (db.prepare('SELECT * FROM risk_actions ORDER BY due_date').all() as Row[])
    .filter((a) => codes.has(Number(a.risk_id)))
    .map((a) => ({
      risk: codes.get(Number(a.risk_id))!,
      action: String(a.action),
      owner: String(a.owner ?? ''),
      due: String(a.due_date),
      status: String(a.status),
      overdue: (a.status === 'planned' || a.status === 'in_progress') && String(a.due_date) < today,
    }))
  return { matrix, risks, actions, excluded: all.length - visible.length }
}
