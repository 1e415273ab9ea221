import type { RiskActionStatus, RiskResponse, RiskStatus } from '../../../shared/contract'

/** One rating of a demo risk: its date, inherent L, I and residual L, I, and why it changed. */
export interface DemoRating {
  on: string
  levels: [number, number, number, number]
  why: string
}

/** A demo risk as it stands today, with the ratings that led there. */
export interface DemoRisk {
  /** Catalogue code the risk starts from; its texts fill what is not given here. */
  from?: string
  title?: string
  category?: string
  cause?: string
  event?: string
  consequence?: string
  /** 'programme', an objective code ('SO1'), 'O:SO1' (an output under it) or 'P:SO5' (a project). */
  scope: string
  owner: string
  /** Framework item as "FRAMEWORK/ITEM", e.g. "DF/DF.5.2". */
  framework?: string
  controls?: string
  /** Oldest first; the first is the rating given when the risk was raised. */
  ratings: DemoRating[]
  status?: RiskStatus
  response?: RiskResponse
  accept?: { by: string; reason: string; until: string }
  /** Action, owner, due date, status today. */
  actions?: [string, string, string, RiskActionStatus][]
  /** Integrity factor code, e.g. "RAD.4". */
  integrity?: string
  sensitivity?: number
}

/** A rating: `r('2026-03-01', 4, 4, 3, 3, 'why')`. */
export const r = (
  on: string,
  il: number,
  ii: number,
  rl: number,
  ri: number,
  why = '',
): DemoRating => ({ on, levels: [il, ii, rl, ri], why })
