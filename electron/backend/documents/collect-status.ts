import type { Db } from '../db/connection'
import { collectIntegrity, type IntegrityData } from './collect-integrity'
import { collectPlan } from './collect-plan'
import { collectRisks, type RiskRow } from './collect-risks'

/** The programme status report's data. */
export interface StatusData {
  today: string
  totals: { activities: number; done: number; late: number; averagePercent: number }
  objectives: { code: string; title: string; activities: number; done: number; percent: number }[]
  milestones: {
    title: string
    activity: string
    due: string
    achieved: string | null
    overdue: boolean
  }[]
  offTrack: {
    code: string
    name: string
    period: string
    actual: number
    rag: string
    explanation: string
  }[]
  topRisks: RiskRow[]
  overdueActions: { source: string; action: string; owner: string; due: string }[]
  integrity: IntegrityData['factors']
  excluded: number
}

type Row = Record<string, unknown>

/** Reads everything the status report summarises, as of `today`. */
export function collectStatus(db: Db, today: string, maxSensitivity: number): StatusData {
  const plan = collectPlan(db)
  const risks = collectRisks(db, today, maxSensitivity)
  const integrity = collectIntegrity(db, today, maxSensitivity)
  const live = plan.activities.filter((a) => a.status !== 'cancelled')
  const late = (a: (typeof live)[number]) => a.status !== 'completed' && a.end < today
  const objectives = plan.objectives.map((o) => {
    const mine = live.filter((a) => a.objectiveCode === o.code)
    const percent = mine.length
      ? Math.round(mine.reduce((s, a) => s + a.percent, 0) / mine.length)
      : 0
    return {
      code: o.code,
      title: o.title,
      activities: mine.length,
      done: mine.filter((a) => a.status === 'completed').length,
      percent,
    }
  })
  // Overdue milestones, those reached in the last 90 days, and the next five ahead.
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - 90 * 86_400_000)
    .toISOString()
    .slice(0, 10)
  const all = (
    db
      .prepare(
        'SELECT m.title, m.due_date, m.achieved_date, a.title AS activity FROM milestones m JOIN activities a ON a.id = m.activity_id ORDER BY m.due_date',
      )
      .all() as Row[]
  ).map((m) => ({
    title: String(m.title),
    activity: String(m.activity),
    due: String(m.due_date),
    achieved: (m.achieved_date as string | null) ?? null,
    overdue: m.achieved_date === null && String(m.due_date) < today,
  }))
  const upcoming = all.filter((m) => m.achieved === null && m.due >= today).slice(0, 5)
  const milestones = all.filter(
    (m) => m.overdue || (m.achieved !== null && m.achieved >= since) || upcoming.includes(m),
  )
  const offTrack = (
    db
      .prepare(
        `SELECT i.code, i.name, x.period, x.value, x.rag, x.explanation FROM indicators i
       JOIN indicator_actuals x ON x.id = (SELECT id FROM indicator_actuals WHERE indicator_id = i.id ORDER BY period_end DESC LIMIT 1)
       WHERE i.archived_at IS NULL AND x.rag IN ('red','amber') ORDER BY x.rag = 'amber', i.code`,
      )
      .all() as Row[]
  ).map((r) => ({
    code: String(r.code),
    name: String(r.name),
    period: String(r.period),
    actual: Number(r.value),
    rag: String(r.rag),
    explanation: String(r.explanation ?? ''),
  }))
  const overdueActions = [
    ...risks.actions
      .filter((a) => a.overdue)
      .map((a) => ({ source: a.risk, action: a.action, owner: a.owner, due: a.due })),
    ...integrity.actions
      .filter((a) => a.overdue)
      .map((a) => ({ source: a.factor, action: a.action, owner: a.owner, due: a.due })),
  ].sort((a, b) => a.due.localeCompare(b.due))
  return {
    today,
    totals: {
      activities: live.length,
      done: live.filter((a) => a.status === 'completed').length,
      late: live.filter(late).length,
      averagePercent: live.length
        ? Math.round(live.reduce((s, a) => s + a.percent, 0) / live.length)
        : 0,
    },
    objectives,
    milestones,
    offTrack,
    topRisks: risks.risks
      .filter((r) => r.status !== 'closed')
      .sort((a, b) => b.residual - a.residual || a.code.localeCompare(b.code))
      .slice(0, 10),
    overdueActions,
    integrity: integrity.factors,
    excluded: risks.excluded + integrity.excluded,
  }
}
