import { dottedNumbers } from '../../../shared/domain/numbering'
import type { Db } from '../db/connection'

/** One row of the logframe as documents show it. */
export interface LogframeRow {
  key: string
  number: string
  level: 'objective' | 'outcome' | 'output' | 'activity'
  text: string
  assumptions: string
  owner: string
}

/** An activity with its dates. */
export interface ActivityRow {
  key: string
  number: string
  title: string
  start: string
  end: string
  status: string
  percent: number
  owner: string
  objectiveCode: string
}

/** An indicator with its targets. */
export interface IndicatorRow {
  code: string
  name: string
  attachedTo: string
  unit: string
  baseline: number | null
  baselineDate: string | null
  target: number | null
  targetDate: string | null
}

/** The plan as the strategic-plan document and the sign-off snapshot hold it. */
export interface PlanData {
  header: {
    vision: string
    mission: string
    impact: string
    impactAssumptions: string
    periodStart: string | null
    periodEnd: string | null
  }
  objectives: { id: number; code: string; title: string; status: string; description: string }[]
  logframe: LogframeRow[]
  activities: ActivityRow[]
  indicators: IndicatorRow[]
}

type Row = Record<string, unknown>

/** Reads the plan, its logframe tree with dotted numbers, activities and indicator targets. */
export function collectPlan(db: Db): PlanData {
  const header = (db.prepare('SELECT * FROM plan WHERE id = 1').get() as Row | undefined) ?? {}
  const objectives = db
    .prepare(
      'SELECT id, code, title, status, description, assumptions, owner, position FROM objectives',
    )
    .all() as Row[]
  const results = db
    .prepare(
      'SELECT id, objective_id, parent_id, level, position, statement, assumptions, owner FROM results',
    )
    .all() as Row[]
  const activities = db
    .prepare(
      'SELECT id, output_id, position, title, owner, planned_start, planned_end, status, percent_complete, assumptions FROM activities',
    )
    .all() as Row[]
  const nodes = [
    ...objectives.map((o) => ({
      id: `o${o.id}`,
      parentId: null,
      position: Number(o.position ?? o.id),
    })),
    ...results.map((r) => ({
      id: `r${r.id}`,
      parentId: r.parent_id === null ? `o${r.objective_id}` : `r${r.parent_id}`,
      position: Number(r.position),
    })),
    ...activities.map((a) => ({
      id: `a${a.id}`,
      parentId: `r${a.output_id}`,
      position: Number(a.position),
    })),
  ]
  const numbers = dottedNumbers(nodes)
  const byNumber = (a: { number: string }, b: { number: string }) =>
    a.number.localeCompare(b.number, 'en', { numeric: true })
  const objectiveOfResult = new Map(results.map((r) => [Number(r.id), Number(r.objective_id)]))
  const codeOfObjective = new Map(objectives.map((o) => [Number(o.id), String(o.code)]))
  const logframe: LogframeRow[] = [
    ...objectives.map((o) => ({
      key: `o${o.id}`,
      number: numbers.get(`o${o.id}`) ?? '',
      level: 'objective' as const,
      text: `${o.code} ${o.title}`,
      assumptions: String(o.assumptions ?? ''),
      owner: String(o.owner ?? ''),
    })),
    ...results.map((r) => ({
      key: `r${r.id}`,
      number: numbers.get(`r${r.id}`) ?? '',
      level: r.level as 'outcome' | 'output',
      text: String(r.statement),
      assumptions: String(r.assumptions ?? ''),
      owner: String(r.owner ?? ''),
    })),
    ...activities.map((a) => ({
      key: `a${a.id}`,
      number: numbers.get(`a${a.id}`) ?? '',
      level: 'activity' as const,
      text: String(a.title),
      assumptions: String(a.assumptions ?? ''),
      owner: String(a.owner ?? ''),
    })),
  ].sort(byNumber)
  const activityRows: ActivityRow[] = activities
    .map((a) => ({
      key: `a${a.id}`,
      number: numbers.get(`a${a.id}`) ?? '',
      title: String(a.title),
      start: String(a.planned_start),
      end: String(a.planned_end),
      status: String(a.status),
      percent: Number(a.percent_complete),
      owner: String(a.owner ?? ''),
      objectiveCode: codeOfObjective.get(objectiveOfResult.get(Number(a.output_id)) ?? -1) ?? '',
    }))
    .sort(byNumber)
  const indicators = (
    db.prepare('SELECT * FROM indicators WHERE archived_at IS NULL ORDER BY code').all() as Row[]
  ).map((i) => ({
    code: String(i.code),
    name: String(i.name),
    attachedTo:
      i.objective_id !== null
        ? (numbers.get(`o${i.objective_id}`) ?? '')
        : (numbers.get(`r${i.result_id}`) ?? ''),
    unit: String(i.unit ?? ''),
    baseline: (i.baseline_value as number | null) ?? null,
    baselineDate: (i.baseline_date as string | null) ?? null,
    target: (i.target_value as number | null) ?? null,
    targetDate: (i.target_date as string | null) ?? null,
  }))
  return {
    header: {
      vision: String(header.vision ?? ''),
      mission: String(header.mission ?? ''),
      impact: String(header.impact ?? ''),
      impactAssumptions: String(header.impact_assumptions ?? ''),
      periodStart: (header.period_start as string | null) ?? null,
      periodEnd: (header.period_end as string | null) ?? null,
    },
    objectives: objectives
      .map((o) => ({
        id: Number(o.id),
        code: String(o.code),
        title: String(o.title),
        status: String(o.status),
        description: String(o.description ?? ''),
      }))
      .sort((a, b) =>
        (numbers.get(`o${a.id}`) ?? '').localeCompare(numbers.get(`o${b.id}`) ?? '', 'en', {
          numeric: true,
        }),
      ),
    logframe,
    activities: activityRows,
    indicators,
  }
}
