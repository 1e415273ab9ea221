import { localise, type RiskDetail, type RiskReference } from '../../../shared/contract'
import type { DemoLoader } from './demo-loader'
import type { DemoRating, DemoRisk } from './demo-types'

const levels = (r: DemoRating) => ({
  inherentLikelihood: r.inherentLikelihood,
  inherentImpact: r.inherentImpact,
  residualLikelihood: r.residualLikelihood,
  residualImpact: r.residualImpact,
})

/** A risk record sent back as `risks:update` takes it. */
function asUpdate(d: RiskDetail) {
  return {
    id: d.id,
    version: d.version,
    title: d.title,
    cause: d.cause,
    event: d.event,
    consequence: d.consequence,
    category: d.category,
    catalogueItemId: d.catalogueItemId,
    matrixItemId: d.matrixItemId,
    scopeType: d.scopeType,
    scopeId: d.scopeId,
    frameworkItemId: d.frameworkItemId,
    owner: d.owner,
    inherentLikelihood: d.inherentLikelihood,
    inherentImpact: d.inherentImpact,
    existingControls: d.existingControls,
    response: d.response,
    residualLikelihood: d.residualLikelihood,
    residualImpact: d.residualImpact,
    status: d.status,
    integrity: d.integrity,
    integrityFactorId: d.integrityFactorId,
    acceptedBy: d.acceptedBy,
    acceptanceReason: d.acceptanceReason,
    acceptedUntil: d.acceptedUntil,
    sensitivity: d.sensitivity,
    actions: d.actions.map((a) => ({ ...a })),
  }
}

/** The steps of one risk: raised with its first rating, then re-rated; the last step sets today's state. */
function stepsOf(
  l: DemoLoader,
  ref: RiskReference,
  items: Map<string, number>,
  d: DemoRisk,
  n: number,
) {
  const template = d.from ? ref.catalogue.find((t) => t.code === d.from) : undefined
  const en = (t: Parameters<typeof localise>[0] | undefined) => (t ? localise(t, 'en') : '')
  const factor = d.integrityFactor
    ? ref.integrityFactors.find((f) => f.code === d.integrityFactor)
    : undefined
  const [first, ...later] = d.ratings
  const today = {
    status: d.status ?? 'open',
    response: d.response ?? template?.response ?? 'mitigate',
    acceptedBy: d.acceptance?.acceptedBy ?? null,
    acceptanceReason: d.acceptance?.acceptanceReason ?? null,
    acceptedUntil: d.acceptance?.acceptedUntil ?? null,
  }
  let stored: RiskDetail | undefined
  const what = `risk "${d.title ?? d.from}"`

  const create = async () => {
    const target =
      d.scope === 'programme'
        ? undefined
        : await l.find(d.scope, ['objective', 'result', 'project'])
    const only = later.length === 0
    stored = await l.call(
      'risks:create',
      {
        title: d.title ?? en(template?.title),
        category: d.category ?? template?.category ?? 'operational',
        cause: d.cause ?? en(template?.cause),
        event: d.event ?? en(template?.event),
        consequence: d.consequence ?? en(template?.consequence),
        catalogueItemId: template?.id ?? null,
        scopeType: target?.kind ?? 'programme',
        scopeId: target?.id ?? null,
        frameworkItemId: d.frameworkItem ? (items.get(d.frameworkItem) ?? null) : null,
        owner: d.owner,
        raisedOn: first!.ratedOn,
        ...levels(first!),
        existingControls: d.existingControls ?? '',
        integrity: factor !== undefined,
        integrityFactorId: factor?.id ?? null,
        sensitivity: d.sensitivity ?? 1,
        // An acceptance is recorded when it was given (the last rating), not at the start.
        ...(only
          ? today
          : {
              response: today.response === 'accept' && d.acceptance ? 'mitigate' : today.response,
            }),
        actions: (d.actions ?? []).map((a) => ({ ...a, status: only ? a.status : 'planned' })),
      },
      what,
      first!.ratedOn,
    )
  }
  const rerate = (rating: DemoRating, last: boolean) => async () => {
    const current = stored!
    stored = await l.call(
      'risks:update',
      {
        ...asUpdate(current),
        ...levels(rating),
        ...(last ? today : {}),
        ratingReason: rating.reason ?? '',
        ratedOn: rating.ratedOn,
        actions: current.actions.map((a) => ({
          id: a.id,
          action: a.action,
          owner: a.owner,
          dueDate: a.dueDate,
          status: last
            ? (d.actions?.find((x) => x.action === a.action)?.status ?? a.status)
            : a.status,
        })),
      },
      `the ${rating.ratedOn} rating of ${what}`,
      rating.ratedOn,
    )
  }
  return [
    { date: first!.ratedOn, order: n * 10, run: create },
    ...later.map((r, i) => ({
      date: r.ratedOn,
      order: n * 10 + i + 1,
      run: rerate(r, i === later.length - 1),
    })),
  ]
}

/**
 * The risk register with its history: every step of every risk replayed in date order, each with
 * the clock at its own date, so the trail, the review dates and the acceptances read as they
 * would have been recorded. Without a risk matrix (no built-in pack) there is no register.
 */
export async function loadRisks(l: DemoLoader): Promise<void> {
  const ref = await l.call('risks:reference', undefined, 'reading the risk reference data')
  if (ref.defaultMatrixId === null) return
  const items = new Map(
    ref.frameworks.flatMap((f) => f.items.map((i) => [`${f.code}/${i.code}`, i.id] as const)),
  )
  const steps = l.file.risks.flatMap((d, n) => stepsOf(l, ref, items, d, n))
  steps.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
  for (const step of steps) await step.run()
}
