import type { Db } from '../db/database'
import { offTrackIndicators } from '../indicators/indicators-read'
import { listMilestoneSummaries } from '../plan/plan-read'
import { collectIntegrity, type IntegrityData } from './collect-integrity'
import { collectPlan } from './collect-plan'
import { collectRisks, type RiskRow } from './collect-risks'
import { byteOrder } from '../../../shared/domain/byte-order'

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

/** Reads everything the status report summarises, as of `today`. */
export async function collectStatus(
  db: Db,
  today: string,
  maxSensitivity: number,
): Promise<StatusData> {
  const [plan, risks, integrity, milestoneRows, offTrackRows] = await Promise.all([
    collectPlan(db),
    collectRisks(db, today, maxSensitivity),
    collectIntegrity(db, today, maxSensitivity),
    listMilestoneSummaries(db),
    offTrackIndicators(db),
  ])
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
  const all = milestoneRows.map((m) => ({
    title: m.title,
    activity: m.activityTitle,
    due: m.dueDate,
    achieved: m.achievedDate ?? null,
    overdue: m.achievedDate === null && m.dueDate < today,
  }))
  const upcoming = all.filter((m) => m.achieved === null && m.due >= today).slice(0, 5)
  const milestones = all.filter(
    (m) => m.overdue || (m.achieved !== null && m.achieved >= since) || upcoming.includes(m),
  )
  // Red first, then amber, each by code in byte order (the indicators API orders codes
  // case-insensitively).
  const amber = (rag: string) => (rag === 'amber' ? 1 : 0)
  const offTrack = [...offTrackRows]
    .sort((a, b) => amber(a.rag) - amber(b.rag) || byteOrder(a.code, b.code))
    .map((r) => ({
      code: r.code,
      name: r.name,
      period: r.period,
      actual: Number(r.value),
      rag: r.rag,
      explanation: r.explanation ?? '',
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
