import type { LocalText } from '../../../shared/contract'
import {
  factorProgress,
  isOverdue,
  type ProgressAction,
} from '../../../shared/domain/integrity-progress'
import type { Db } from '../db/database'
import {
  listIntegrityActions,
  listIntegrityAssessments,
  listSurveyWaves,
} from '../integrity/integrity-read'
import { findScale, libraryItemsOfKind } from '../packs/packs-read'

/** One factor's line in the integrity report. */
export interface FactorRow {
  code: string
  name: LocalText
  confirmed: boolean
  rating: number | null
  ratingName: LocalText | null
  strengths: string
  weaknesses: string
  actionsDone: number
  actionsTotal: number
  overdue: number
}

/** The integrity programme at one moment. */
export interface IntegrityData {
  assessment: { title: string; date: string; method: string; participants: string } | null
  factors: FactorRow[]
  actions: {
    factor: string
    action: string
    horizon: string
    owner: string
    due: string
    status: string
    overdue: boolean
  }[]
  waves: {
    title: string
    date: string
    population: string
    respondents: number
    scores: Record<string, number>
  }[]
  excluded: number
}

const asProgress = (a: { status: string; dueDate: string }): ProgressAction => ({
  status: a.status as ProgressAction['status'],
  dueDate: a.dueDate,
})

/** The first integrity framework installed (lowest id; its data says `"kind": "integrity"`). */
async function integrityFramework(db: Db) {
  const frameworks = await libraryItemsOfKind(db, 'framework')
  return frameworks.sort((a, b) => a.id - b.id).find((f) => f.data.kind === 'integrity')
}

/** Reads the integrity programme; records more sensitive than `maxSensitivity` are left out and counted. */
export async function collectIntegrity(
  db: Db,
  today: string,
  maxSensitivity: number,
): Promise<IntegrityData> {
  let excluded = 0
  const keep = <T extends { sensitivity: number | null }>(rows: T[]) => {
    const kept = rows.filter((r) => Number(r.sensitivity ?? 1) <= maxSensitivity)
    excluded += rows.length - kept.length
    return kept
  }
  const framework = await integrityFramework(db)
  if (!framework) return { assessment: null, factors: [], actions: [], waves: [], excluded: 0 }
  const [scale, factorItems, assessmentRows, actionRows, waveRows] = await Promise.all([
    findScale(db, framework.data.scale ?? ''),
    libraryItemsOfKind(db, 'framework_item', { scope: framework.code, topLevel: true }),
    listIntegrityAssessments(db, framework.id),
    listIntegrityActions(db, today),
    listSurveyWaves(db),
  ])
  const levels = scale ? scale.data.levels : []
  // The factors (top-level items of the framework's code) by position, then id.
  const items = [...factorItems].sort((a, b) => a.position - b.position || a.id - b.id)
  const assessments = keep(assessmentRows)
  const latest = assessments[0]
  const ratings = latest ? latest.ratings : []
  const actions = keep(actionRows)
  const factorCode = new Map(items.map((i) => [i.id, i.code]))
  const factors: FactorRow[] = items.map((i) => {
    const r = ratings.find((x) => x.factorItemId === i.id)
    // The same rule as the integrity view, so the report and the screen agree.
    const progress = factorProgress(
      actions.filter((a) => a.factorItemId === i.id).map(asProgress),
      today,
    )
    const rating = r && r.rating !== null ? Number(r.rating) : null
    return {
      code: i.code,
      name: i.data.title,
      confirmed: i.confirmed,
      rating,
      ratingName: levels.find((l) => l.level === rating)?.name ?? null,
      strengths: r?.strengths ?? '',
      weaknesses: r?.weaknesses ?? '',
      actionsDone: progress.done,
      actionsTotal: progress.total,
      overdue: progress.overdue,
    }
  })
  const waves = keep(waveRows).map((w) => {
    const byFactor: Record<string, number> = {}
    // By factor id, so the scores keep the order the snapshot fingerprint was made with.
    for (const s of [...w.scores].sort((a, b) => a.factorItemId - b.factorItemId))
      byFactor[factorCode.get(s.factorItemId) ?? ''] = Number(s.score)
    return {
      title: w.title,
      date: w.conductedOn,
      population: w.population,
      respondents: Number(w.respondents),
      scores: byFactor,
    }
  })
  return {
    assessment: latest
      ? {
          title: latest.title,
          date: latest.assessedOn,
          method: latest.method,
          participants: latest.participants ?? '',
        }
      : null,
    factors,
    actions: actions.map((a) => ({
      factor: factorCode.get(a.factorItemId) ?? '',
      action: a.action,
      horizon: a.horizon,
      owner: a.owner ?? '',
      due: a.dueDate,
      status: a.status,
      overdue: isOverdue(asProgress(a), today),
    })),
    waves,
    excluded,
  }
}
