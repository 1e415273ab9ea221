import type { LocalText } from '../../../shared/contract'
import {
  factorProgress,
  isOverdue,
  type ProgressAction,
} from '../../../shared/domain/integrity-progress'
import type { Db } from '../db/connection'

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

type Row = Record<string, unknown>
const asProgress = (a: Row): ProgressAction => ({
  status: a.status as ProgressAction['status'],
  dueDate: String(a.due_date),
})

/** Reads the integrity programme; records more sensitive than `maxSensitivity` are left out and counted. */
export function collectIntegrity(db: Db, today: string, maxSensitivity: number): IntegrityData {
  let excluded = 0
  const keep = <T extends Row>(rows: T[]) => {
    const kept = rows.filter((r) => Number(r.sensitivity ?? 1) <= maxSensitivity)
    excluded += rows.length - kept.length
    return kept
  }
  const framework = db
    .prepare(
      "SELECT id, code, data_json FROM library_items WHERE kind = 'framework' AND archived_at IS NULL AND json_extract(data_json, '$.kind') = 'integrity' ORDER BY id LIMIT 1",
    )
    .get() as { id: number; code: string; data_json: string } | undefined
  if (!framework) return { assessment: null, factors: [], actions: [], waves: [], excluded: 0 }
  const scaleCode = (JSON.parse(framework.data_json) as { scale?: string }).scale
  const scale = db
    .prepare(
      "SELECT data_json FROM library_items WHERE kind = 'scale' AND code = ? AND archived_at IS NULL",
    )
    .get(scaleCode ?? '') as { data_json: string } | undefined
  const levels = scale
    ? (JSON.parse(scale.data_json) as { levels: { level: number; name: LocalText }[] }).levels
    : []
  const items = db
    .prepare(
      "SELECT id, code, data_json, confirmed FROM library_items WHERE kind = 'framework_item' AND scope = ? AND parent_key IS NULL AND archived_at IS NULL ORDER BY position",
    )
    .all(framework.code) as Row[]
  const assessments = keep(
    db
      .prepare(
        'SELECT * FROM integrity_assessments WHERE framework_id = ? ORDER BY assessed_on DESC, id DESC',
      )
      .all(framework.id) as Row[],
  )
  const latest = assessments[0]
  const ratings = latest
    ? (db
        .prepare('SELECT * FROM integrity_ratings WHERE assessment_id = ?')
        .all(latest.id) as Row[])
    : []
  const actions = keep(
    db.prepare('SELECT * FROM integrity_actions ORDER BY due_date').all() as Row[],
  )
  const factorCode = new Map(items.map((i) => [Number(i.id), String(i.code)]))
  const factors: FactorRow[] = items.map((i) => {
    const data = JSON.parse(String(i.data_json)) as { title: LocalText }
    const r = ratings.find((x) => Number(x.factor_item_id) === Number(i.id))
    // The same rule as the integrity view, so the report and the screen agree.
    const progress = factorProgress(
      actions.filter((a) => Number(a.factor_item_id) === Number(i.id)).map(asProgress),
      today,
    )
    const rating = r && r.rating !== null ? Number(r.rating) : null
    return {
      code: String(i.code),
      name: data.title,
      confirmed: Number(i.confirmed) === 1,
      rating,
      ratingName: levels.find((l) => l.level === rating)?.name ?? null,
      strengths: String(r?.strengths ?? ''),
      weaknesses: String(r?.weaknesses ?? ''),
      actionsDone: progress.done,
      actionsTotal: progress.total,
      overdue: progress.overdue,
    }
  })
  const waves = keep(
    db.prepare('SELECT * FROM survey_waves ORDER BY conducted_on').all() as Row[],
  ).map((w) => {
    const scores: Record<string, number> = {}
    for (const s of db
      .prepare('SELECT factor_item_id, score FROM survey_scores WHERE wave_id = ?')
      .all(w.id) as Row[]) {
      scores[factorCode.get(Number(s.factor_item_id)) ?? ''] = Number(s.score)
    }
    return {
      title: String(w.title),
      date: String(w.conducted_on),
      population: String(w.population),
      respondents: Number(w.respondents),
      scores,
    }
  })
  return {
    assessment: latest
      ? {
          title: String(latest.title),
          date: String(latest.assessed_on),
          method: String(latest.method),
          participants: String(latest.participants ?? ''),
        }
      : null,
    factors,
    actions: actions.map((a) => ({
      factor: factorCode.get(Number(a.factor_item_id)) ?? '',
      action: String(a.action),
      horizon: String(a.horizon),
      owner: String(a.owner ?? ''),
      due: String(a.due_date),
      status: String(a.status),
      overdue: isOverdue(asProgress(a), today),
    })),
    waves,
    excluded,
  }
}
