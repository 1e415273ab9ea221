import {
  localise,
  riskCreateInput,
  riskUpdateInput,
  type RiskDetail,
  type RiskTarget,
} from '../../../shared/contract'
import type { ServiceContext } from '../context'
import { DEMO_CATALOGUE_RISKS } from './risks-demo-catalogue'
import { DEMO_CATALOGUE_RISKS_2 } from './risks-demo-catalogue-2'
import { DEMO_OWN_RISKS } from './risks-demo-own'
import type { DemoRisk } from './risks-demo-types'
import { listTargets, projectObjectives } from './risks-reference'
import { createRisk, riskReference, updateRisk } from './risks-service'

// Each step runs with the clock at its own date, so the history, the review dates and the
// acceptances read as they would have been recorded (an acceptance needs a future date then).
const at = (ctx: ServiceContext, date: string): ServiceContext => ({
  ...ctx,
  now: () => `${date}T09:00:00.000Z`,
})

/** Finds what a demo scope names among the plan's objectives, outputs and projects. */
function scopeResolver(targets: RiskTarget[], projectObjectives: Map<number, number[]>) {
  const used = new Map<string, number>()
  const objective = (code: string) =>
    targets.find((t) => t.type === 'objective' && t.code.toUpperCase() === code.toUpperCase())
  // Several risks naming "an output of SO1" are spread over its outputs, in turn.
  const next = (key: string, list: RiskTarget[]) => {
    const i = used.get(key) ?? 0
    used.set(key, i + 1)
    return list[i % list.length]
  }
  return (
    scope: string,
  ): { scopeType: RiskTarget['type'] | 'programme'; scopeId: number | null } => {
    if (scope === 'programme') return { scopeType: 'programme', scopeId: null }
    const [kind, code] = scope.includes(':') ? scope.split(':') : ['', scope]
    const so = objective(code!)
    let target: RiskTarget | undefined
    if (kind === 'O' && so) {
      const outputs = targets.filter((t) => t.level === 'output' && t.objectiveId === so.id)
      target = outputs.length ? next(scope, outputs) : undefined
    }
    if (kind === 'P' && so) {
      const projects = targets.filter(
        (t) => t.type === 'project' && projectObjectives.get(t.id)?.includes(so.id),
      )
      target = projects.length ? next(scope, projects) : undefined
    }
    target ??= so
    return target
      ? { scopeType: target.type, scopeId: target.id }
      : { scopeType: 'programme', scopeId: null }
  }
}

function toUpdate(d: RiskDetail) {
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

/** Adds about 40 risks across the plan, with histories (runs inside the demo's transaction). */
export async function seedRisksDemo(ctx: ServiceContext): Promise<void> {
  const ref = await riskReference(ctx)
  if (ref.defaultMatrixId === null) return
  const byCode = new Map(ref.catalogue.map((t) => [t.code, t]))
  const factors = new Map(ref.integrityFactors.map((f) => [f.code, f.id]))
  const items = new Map(
    ref.frameworks.flatMap((f) => f.items.map((i) => [`${f.code}/${i.code}`, i.id])),
  )
  const resolve = scopeResolver(await listTargets(ctx.db), await projectObjectives(ctx.db))
  const en = (t: Parameters<typeof localise>[0]) => localise(t, 'en')

  // Every step of every risk, replayed in date order so the audit trail reads chronologically.
  const steps: { date: string; order: number; run: () => Promise<void> }[] = []
  const stored = new Map<DemoRisk, RiskDetail>()
  const demo = [...DEMO_CATALOGUE_RISKS, ...DEMO_CATALOGUE_RISKS_2, ...DEMO_OWN_RISKS]
  demo.forEach((d, n) => {
    const template = d.from ? byCode.get(d.from) : undefined
    const [first, ...later] = d.ratings
    const final = (i: number) => i === later.length
    const finalState = {
      status: d.status ?? 'open',
      response: d.response ?? template?.response ?? 'mitigate',
      acceptedBy: d.accept?.by ?? null,
      acceptanceReason: d.accept?.reason ?? null,
      acceptedUntil: d.accept?.until ?? null,
    }
    const levels = (l: number[]) => ({
      inherentLikelihood: l[0]!,
      inherentImpact: l[1]!,
      residualLikelihood: l[2]!,
      residualImpact: l[3]!,
    })
    steps.push({
      date: first!.on,
      order: n * 10,
      run: async () => {
        const input = riskCreateInput.parse({
          title: d.title ?? en(template?.title),
          category: d.category ?? template?.category ?? 'operational',
          cause: d.cause ?? en(template?.cause),
          event: d.event ?? en(template?.event),
          consequence: d.consequence ?? en(template?.consequence),
          catalogueItemId: template?.id ?? null,
          ...resolve(d.scope),
          frameworkItemId: d.framework ? (items.get(d.framework) ?? null) : null,
          owner: d.owner,
          raisedOn: first!.on,
          ...levels(first!.levels),
          existingControls: d.controls ?? '',
          integrity: Boolean(d.integrity && factors.has(d.integrity)),
          integrityFactorId: d.integrity ? (factors.get(d.integrity) ?? null) : null,
          sensitivity: d.sensitivity ?? 1,
          ...(final(0)
            ? finalState
            : {
                response:
                  finalState.response === 'accept' && d.accept ? 'mitigate' : finalState.response,
              }),
          actions: (d.actions ?? []).map(([action, owner, dueDate, status]) => ({
            action,
            owner,
            dueDate,
            status: final(0) ? status : 'planned',
          })),
        })
        stored.set(d, await createRisk(at(ctx, first!.on), input))
      },
    })
    later.forEach((rating, i) => {
      steps.push({
        date: rating.on,
        order: n * 10 + i + 1,
        run: async () => {
          const current = stored.get(d)!
          const last = final(i + 1)
          const input = riskUpdateInput.parse({
            ...toUpdate(current),
            ...levels(rating.levels),
            ...(last ? finalState : {}),
            ratingReason: rating.why,
            ratedOn: rating.on,
            actions: current.actions.map((a) => ({
              id: a.id,
              action: a.action,
              owner: a.owner,
              dueDate: a.dueDate,
              status: last
                ? (d.actions?.find((x) => x[0] === a.action)?.[3] ?? a.status)
                : a.status,
            })),
          })
          stored.set(d, await updateRisk(at(ctx, rating.on), input))
        },
      })
    })
  })
  steps.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
  for (const step of steps) await step.run()
}
