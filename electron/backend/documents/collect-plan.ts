import { dottedNumbers } from '../../../shared/domain/numbering'
import type { Db } from '../db/database'
import { listIndicatorPlans } from '../indicators/indicators-read'
import {
  listActivitySummaries,
  listObjectiveSummaries,
  listResultSummaries,
  readPlanHeader,
} from '../plan/plan-read'
import { byteOrder } from '../../../shared/domain/byte-order'

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

// One collator for every comparison: building one per call is slow on a large plan.
const numeric = new Intl.Collator('en', { numeric: true })
const byNumber = (a: { number: string }, b: { number: string }) =>
  numeric.compare(a.number, b.number)

/** Reads the plan, its logframe tree with dotted numbers, activities and indicator targets. */
export async function collectPlan(db: Db): Promise<PlanData> {
  const [header, objectives, results, activities, indicatorRows] = await Promise.all([
    readPlanHeader(db),
    listObjectiveSummaries(db),
    listResultSummaries(db),
    listActivitySummaries(db),
    listIndicatorPlans(db),
  ])
  const nodes = [
    ...objectives.map((o) => ({
      id: `o${o.id}`,
      parentId: null,
      position: Number(o.position ?? o.id),
    })),
    ...results.map((r) => ({
      id: `r${r.id}`,
      parentId: r.parentId === null ? `o${r.objectiveId}` : `r${r.parentId}`,
      position: Number(r.position),
    })),
    ...activities.map((a) => ({
      id: `a${a.id}`,
      parentId: `r${a.outputId}`,
      position: Number(a.position),
    })),
  ]
  const numbers = dottedNumbers(nodes)
  const objectiveOfResult = new Map(results.map((r) => [r.id, r.objectiveId]))
  const codeOfObjective = new Map(objectives.map((o) => [o.id, o.code]))
  const logframe: LogframeRow[] = [
    ...objectives.map((o) => ({
      key: `o${o.id}`,
      number: numbers.get(`o${o.id}`) ?? '',
      level: 'objective' as const,
      text: `${o.code} ${o.title}`,
      assumptions: o.assumptions ?? '',
      owner: o.owner ?? '',
    })),
    ...results.map((r) => ({
      key: `r${r.id}`,
      number: numbers.get(`r${r.id}`) ?? '',
      level: r.level as 'outcome' | 'output',
      text: r.statement,
      assumptions: r.assumptions ?? '',
      owner: r.owner ?? '',
    })),
    ...activities.map((a) => ({
      key: `a${a.id}`,
      number: numbers.get(`a${a.id}`) ?? '',
      level: 'activity' as const,
      text: a.title,
      assumptions: a.assumptions ?? '',
      owner: a.owner ?? '',
    })),
  ].sort(byNumber)
  const activityRows: ActivityRow[] = activities
    .map((a) => ({
      key: `a${a.id}`,
      number: numbers.get(`a${a.id}`) ?? '',
      title: a.title,
      start: a.plannedStart,
      end: a.plannedEnd,
      status: a.status,
      percent: Number(a.percentComplete),
      owner: a.owner ?? '',
      objectiveCode: codeOfObjective.get(objectiveOfResult.get(a.outputId) ?? -1) ?? '',
    }))
    .sort(byNumber)
  // By code in byte order (the indicators API orders case-insensitively).
  const indicators: IndicatorRow[] = [...indicatorRows]
    .sort((a, b) => byteOrder(a.code, b.code))
    .map((i) => ({
      code: i.code,
      name: i.name,
      attachedTo:
        numbers.get(`${i.attachedTo.kind === 'objective' ? 'o' : 'r'}${i.attachedTo.id}`) ?? '',
      unit: i.unit ?? '',
      baseline: i.baselineValue ?? null,
      baselineDate: i.baselineDate ?? null,
      target: i.targetValue ?? null,
      targetDate: i.targetDate ?? null,
    }))
  return {
    header: {
      vision: header.vision,
      mission: header.mission,
      impact: header.impact,
      impactAssumptions: header.impactAssumptions,
      periodStart: header.periodStart,
      periodEnd: header.periodEnd,
    },
    objectives: objectives
      .map((o) => ({
        id: o.id,
        code: o.code,
        title: o.title,
        status: o.status,
        description: o.description ?? '',
      }))
      .sort((a, b) =>
        numeric.compare(numbers.get(`o${a.id}`) ?? '', numbers.get(`o${b.id}`) ?? ''),
      ),
    logframe,
    activities: activityRows,
    indicators,
  }
}
