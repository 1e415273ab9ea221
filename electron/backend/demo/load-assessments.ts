import type { AssessmentSummary } from '../../../shared/contract'
import type { DemoLoader } from './demo-loader'
import type { DemoAssessment, DemoRecommendation } from './demo-types'

type Items = Map<string, { id: number; version: number }>

/** The items of an assessment by framework item code: their row id and version. */
async function itemsOf(l: DemoLoader, id: number): Promise<Items> {
  const detail = await l.call('assessments:get', { id }, 'reading an assessment')
  return new Map(detail.areas.flatMap((a) => a.items.map((i) => [i.code, i])))
}

async function scoreAll(l: DemoLoader, a: DemoAssessment, id: number): Promise<Items> {
  const items = await itemsOf(l, id)
  for (const { item, ...score } of a.scores) {
    const row = items.get(item)
    // A framework without the item (another pack version) leaves it unscored.
    if (!row) continue
    await l.call(
      'assessments:scoreItem',
      { id: row.id, version: row.version, notApplicable: false, ...score },
      `the score of ${item} in assessment ${a.code}`,
    )
  }
  return items
}

/** A recommendation, then its link to the plan element that answers it, or its deferral. */
async function recommend(
  l: DemoLoader,
  a: DemoAssessment,
  id: number,
  items: Items,
  rec: DemoRecommendation,
) {
  const { item, addressedBy, deferred, gapDeferred, ...fields } = rec
  const gap = items.get(item)
  if (!gap) return
  const what = `a recommendation on ${item} in assessment ${a.code}`
  const made = await l.call(
    'assessments:addRecommendation',
    { assessmentItemId: gap.id, ...fields },
    what,
  )
  if (addressedBy) {
    const target = await l.find(addressedBy, ['objective', 'result', 'activity'])
    if (!target) return
    await l.call(
      'assessments:link',
      {
        sourceType: 'recommendation',
        sourceId: made.id,
        targetType: target.kind,
        targetId: target.id,
      },
      `the link of ${what} to ${addressedBy}`,
    )
    return
  }
  if (!deferred) return
  const reason = deferred
  await l.call(
    'assessments:defer',
    { sourceType: 'recommendation', sourceId: made.id, version: made.version, reason },
    `the deferral of ${what}`,
  )
  if (!gapDeferred) return
  // Scoring and recommending moved the gap's version on: read it as it is now.
  const { version } = (await itemsOf(l, id)).get(item)!
  await l.call(
    'assessments:defer',
    { sourceType: 'gap', sourceId: gap.id, version, reason },
    `the deferral of gap ${item} in assessment ${a.code}`,
  )
}

async function setStatus(l: DemoLoader, a: DemoAssessment, s: AssessmentSummary) {
  if (s.status === a.status) return
  const { id, version, type, title, startDate, endDate, lead } = s
  await l.call(
    'assessments:update',
    { id, version, type, title, startDate, endDate, lead, status: a.status },
    `the status of assessment ${a.code}`,
  )
}

/**
 * Needs assessments: a first one over every area of its framework, later cycles started from an
 * earlier one; each scored, recommended on, then given its status. Without the framework (no
 * built-in pack) there is nothing to assess and the rest of the demo stands alone.
 */
export async function loadAssessments(l: DemoLoader): Promise<void> {
  const frameworks = await l.call('assessments:frameworks', undefined, 'reading the frameworks')
  const made = new Map<string, number>()
  for (const a of l.file.assessments) {
    const {
      code,
      framework,
      startedFrom,
      status: _s,
      scores: _sc,
      recommendations = [],
      ...header
    } = a
    let summary: AssessmentSummary
    if (startedFrom) {
      const fromId = made.get(startedFrom)
      if (fromId === undefined) continue
      summary = await l.call('assessments:startCycle', { fromId, ...header }, `assessment ${code}`)
    } else {
      const f = frameworks.find((x) => x.code === framework)
      if (!f) continue
      summary = await l.call(
        'assessments:create',
        { frameworkId: f.id, ...header, status: 'in_progress', areaIds: f.areas.map((x) => x.id) },
        `assessment ${code}`,
      )
    }
    made.set(code, summary.id)
    const items = await scoreAll(l, a, summary.id)
    for (const rec of recommendations) await recommend(l, a, summary.id, items, rec)
    const current = await l.call('assessments:list', undefined, 'reading the assessments')
    await setStatus(
      l,
      a,
      current.find((x) => x.id === summary.id)!,
    )
  }
}
