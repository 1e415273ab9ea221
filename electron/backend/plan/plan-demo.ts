import type { ChannelParsed } from '../../../shared/contract'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { findObjectiveByCode } from '../objectives/objectives-repo'
import { updateObjective } from '../objectives/objectives-service'
import { createActivity, numberedActivity, updateActivity } from './activities-service'
import { DEMO_HEADER, DEMO_PROJECTS, type DemoActivity } from './plan-demo-data'
import { DEMO_OBJECTIVE_ASSUMPTIONS, DEMO_OUTCOMES } from './plan-demo-outcomes'
import { saveHeader } from './plan-service'
import { createProject } from './projects-service'
import { createResult } from './results-service'

async function objectiveId(ctx: ServiceContext, code: string): Promise<number> {
  const o = await findObjectiveByCode(ctx.db, code)
  if (!o) throw new AppFailure('not_found', `The demo plan needs objective ${code}.`)
  return o.id
}

function activityInput(
  a: DemoActivity,
  projectId: number | null,
): Omit<ChannelParsed<'plan:createActivity'>, 'outputId' | 'dependsOn'> {
  const [, title, owner, unit, start, end, status, percent, actualStart, actualEnd, , ms] = a
  return {
    title,
    description: '',
    owner,
    responsibleUnit: unit,
    plannedStart: start,
    plannedEnd: end,
    actualStart,
    actualEnd,
    status,
    percentComplete: percent,
    assumptions: '',
    projectId,
    milestones: ms.map(([t, due, achieved]) => ({
      title: t,
      dueDate: due,
      achievedDate: achieved,
    })),
  }
}

/**
 * Adds the plan part of the demo administration (runs inside the demo's transaction), through
 * the same audited services a user's clicks go through.
 */
export async function seedPlanDemo(ctx: ServiceContext): Promise<void> {
  await saveHeader(ctx, { ...DEMO_HEADER, version: 0 })
  for (const [code, assumptions] of Object.entries(DEMO_OBJECTIVE_ASSUMPTIONS)) {
    const o = await findObjectiveByCode(ctx.db, code)
    if (!o) continue
    const { id, version, code: c, title, description, owner, status } = o
    await updateObjective(ctx, {
      id,
      version,
      code: c,
      title,
      description,
      owner,
      status,
      assumptions,
    })
  }
  const projects = new Map<string, number>()
  for (const p of DEMO_PROJECTS) projects.set(p.code, (await createProject(ctx, { ...p })).id)

  const ids = new Map<string, number>()
  // Links to activities created later (e.g. across objectives) are added in a second pass.
  const later: { id: number; after: string[] }[] = []
  for (const outcome of DEMO_OUTCOMES) {
    const oc = await createResult(ctx, {
      level: 'outcome',
      parentId: await objectiveId(ctx, outcome.objective),
      statement: outcome.statement,
      owner: outcome.owner,
      assumptions: outcome.assumptions,
      projectId: null,
    })
    for (const output of outcome.outputs) {
      const projectId = output.project ? (projects.get(output.project) ?? null) : null
      const op = await createResult(ctx, {
        level: 'output',
        parentId: oc.id,
        statement: output.statement,
        owner: output.owner,
        assumptions: output.assumptions,
        projectId,
      })
      for (const a of output.activities) {
        const after = a[10]
        const known = after.filter((k) => ids.has(k))
        const created = await createActivity(ctx, {
          ...activityInput(a, projectId),
          outputId: op.id,
          dependsOn: known.map((k) => ids.get(k)!),
        })
        ids.set(a[0], created.id)
        if (known.length < after.length) later.push({ id: created.id, after })
      }
    }
  }
  for (const { id, after } of later) {
    const a = await numberedActivity(ctx, id)
    const { number: _n, createdAt: _c, updatedAt: _u, position: _p, outputId: _o, ...rest } = a
    await updateActivity(ctx, {
      ...rest,
      dependsOn: after.map((k) => ids.get(k)!),
      milestones: a.milestones.map((m) => ({
        id: m.id,
        title: m.title,
        dueDate: m.dueDate,
        achievedDate: m.achievedDate,
      })),
    })
  }
}
