import { bandForScore, type RiskMatrixDefinition } from '../../../shared/domain/risk-rating'
import type { LocalText } from '../../../shared/contract'
import type { Db } from '../db/database'
import { libraryItemsOfKind } from '../packs/packs-read'
import { listRegister, listTreatmentActions } from '../risks/risks-read'
import { byteOrder } from '../../../shared/domain/byte-order'

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

/** Reads the register; integrity risks more sensitive than `maxSensitivity` are left out and counted. */
export async function collectRisks(
  db: Db,
  today: string,
  maxSensitivity: number,
): Promise<RisksData> {
  const [matrices, register, allActions] = await Promise.all([
    libraryItemsOfKind(db, 'risk_matrix'),
    listRegister(db),
    listTreatmentActions(db),
  ])
  // The first risk matrix installed (lowest id), not the first in library order.
  const first = matrices.reduce<(typeof matrices)[number] | undefined>(
    (min, x) => (min === undefined || x.id < min.id ? x : min),
    undefined,
  )
  const m: RiskMatrixDefinition | null = first ? first.data : null
  // By code in byte order (the register orders codes case-insensitively).
  const all = [...register].sort((a, b) => byteOrder(a.code, b.code))
  const matrix = m
    ? {
        likelihood: [...m.likelihood].sort((a, b) => a.level - b.level).map((l) => l.name),
        impact: [...m.impact].sort((a, b) => a.level - b.level).map((l) => l.name),
        bands: m.bands,
      }
    : null
  const bandOf = (score: number) => (m ? bandForScore(m, score) : undefined)
  const visible = all.filter((r) => !(r.integrity && Number(r.sensitivity) > maxSensitivity))
  const risks = visible.map((r) => {
    const residual = Number(r.residualLikelihood) * Number(r.residualImpact)
    return {
      code: r.code,
      title: r.title,
      category: r.category,
      owner: r.owner ?? '',
      inherent: Number(r.inherentLikelihood) * Number(r.inherentImpact),
      residual,
      residualL: Number(r.residualLikelihood),
      residualI: Number(r.residualImpact),
      band: bandOf(residual)?.code ?? '',
      response: r.response,
      status: r.status,
      nextReview: r.nextReview,
      integrity: r.integrity,
    }
  })
  const codes = new Map(visible.map((r) => [r.id, r.code]))
  const actions = allActions
    .filter((a) => codes.has(a.riskId))
    .map((a) => ({
      risk: codes.get(a.riskId)!,
      action: a.action,
      owner: a.owner ?? '',
      due: a.dueDate,
      status: a.status,
      overdue: (a.status === 'planned' || a.status === 'in_progress') && a.dueDate < today,
    }))
  return { matrix, risks, actions, excluded: all.length - visible.length }
}
